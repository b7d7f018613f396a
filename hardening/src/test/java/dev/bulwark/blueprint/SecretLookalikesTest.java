package dev.bulwark.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretLookalikesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sk-ant-api03-Zq8vW3xT0pL5nR2mK7jH4gF1dS9aB6cE | an Anthropic API key",
            "sk-Zq8vW3xT0pL5nR2mK7jH4gF1dS9aB6cE | an API key (sk-...)",
            "sk-proj-Hq7Ld2Vn9Rt4Wx1Zc6Bm3Kp8Jf5Gs0Ya | an API key (sk-...)",
            "AKIAZ7Q2M4X9W1V3T5R8 | an AWS access key id",
            "id ASIAZ7Q2M4X9W1V3T5R8 here | an AWS access key id",
            "ghp_Zq8vW3xT0pL5nR2mK7jH4gF1dS9aB6cE0Yu | a GitHub token",
            "github_pat_11ABCDEFG0123456789_abcdef | a GitHub token",
            "xoxb-2048-1024-Zq8vW3xT0pL5nR2mK7jH | a Slack token",
            "AIzaSyZq8vW3xT0pL5nR2mK7jH4gF1dS9aB6cE0 | a Google API key",
            "-----BEGIN OPENSSH PRIVATE KEY----- | a private key",
            "-----BEGIN RSA PRIVATE KEY----- | a private key",
            "-----BEGIN ENCRYPTED PRIVATE KEY----- | a private key",
            "PuTTY-User-Key-File-3: ssh-ed25519 | a private key"})
    void kind_secretMaterial_isNamed(String text, String kind) {
        assertEquals(Optional.of(kind), SecretLookalikes.kind(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"openclaw-prod/anthropic-api-key", "task-runner-gateway-production-2026", "sk-learn-team",
            "desk-management-platform-team-01", "AKIA-is-how-aws-keys-start", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI",
            "-----BEGIN PUBLIC KEY-----", "agent.example.com", "ANTHROPIC_API_KEY"})
    void kind_ordinaryText_isNotASecret(String text) {
        assertEquals(Optional.empty(), SecretLookalikes.kind(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"q8V3xT0pL5nR2mK7jH4gF1dS9aB6cE2w", "team/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b",
            "dGhpcyBpcyBhIHNlY3JldCB0b2tlbiB2YWx1ZQ=="})
    void highEntropyToken_randomRun_isDetected(String text) {
        assertTrue(SecretLookalikes.highEntropyToken(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"openclaw-production-anthropic-api-key-2026", "team/openai", "prod/gateway-token",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaa1111", "organisation/department/environment/gateway"})
    void highEntropyToken_wordsAndSeparators_areNotTokens(String text) {
        assertFalse(SecretLookalikes.highEntropyToken(text));
    }
}
