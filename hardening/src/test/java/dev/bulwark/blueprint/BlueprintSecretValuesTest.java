package dev.bulwark.blueprint;

import static dev.bulwark.blueprint.Blueprints.minimalPlus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A secret value pasted anywhere is an error that names the field and the kind of secret, and never repeats
 * the value: not in the message, not in the hint, not in the path.
 */
class BlueprintSecretValuesTest {
    // Fake but realistically shaped; the distinctive tail is what must never be printed.
    private static final String ANTHROPIC = "sk-ant-api03-Zq8vW3xT0pL5nR2mK7jH4gF1dS9aB6cE";
    private static final String OPENAI = "sk-proj-Hq7Ld2Vn9Rt4Wx1Zc6Bm3Kp8Jf5Gs0Ya";
    private static final String AWS_KEY = "AKIAZ7Q2M4X9W1V3T5R8";
    private static final String GITHUB = "ghp_Zq8vW3xT0pL5nR2mK7jH4gF1dS9aB6cE0Yu";
    private static final String SLACK = "xoxb-2048-1024-Zq8vW3xT0pL5nR2mK7jH";
    private static final String AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCY9Q2xZ7vT4k";
    private static final String RANDOM_TOKEN = "q8V3xT0pL5nR2mK7jH4gF1dS9aB6cE2w";
    private static final String PRIVATE_KEY = "-----BEGIN OPENSSH PRIVATE KEY-----\\n"
            + "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\\n"
            + "-----END OPENSSH PRIVATE KEY-----";

    @TempDir
    Path dir;

    static Stream<Arguments> secrets() {
        return Stream.of(
                arguments("Anthropic key as gateway token", ANTHROPIC, "secrets:\n  gatewayToken: " + ANTHROPIC,
                        "secrets.gatewayToken", "an Anthropic API key"),
                arguments("OpenAI key as secret name", OPENAI, providerKey(OPENAI),
                        "secrets.providerKeys[0].secretName", "an API key"),
                arguments("AWS access key in a tag", AWS_KEY, "tags: {deployer: " + AWS_KEY + "}", "tags.deployer",
                        "an AWS access key id"),
                arguments("GitHub token under an unknown key", GITHUB, "token: " + GITHUB, "token", "a GitHub token"),
                arguments("Slack token as a tag key", SLACK, "tags: {\"" + SLACK + "\": x}", "tags", "a Slack token"),
                arguments("random token as a secret name", RANDOM_TOKEN, providerKey("team/" + RANDOM_TOKEN),
                        "secrets.providerKeys[0].secretName", "a long random token"),
                arguments("private key as the public key", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmU",
                        "admin:\n  publicKey: \"" + PRIVATE_KEY + "\"", "admin.publicKey", "a private key"),
                arguments("AWS secret access key as a tag value", AWS_SECRET, "tags: {ci: " + AWS_SECRET + "}",
                        "tags.ci", "an AWS secret access key"),
                arguments("random 40+ character token as a tag value", RANDOM_TOKEN + "Xy9",
                        "tags: {note: \"" + RANDOM_TOKEN + "Xy9\"}", "tags.note", "random token"),
                arguments("Anthropic key as the bundle", ANTHROPIC, "bundle: \"" + ANTHROPIC + "\"", "bundle",
                        "an Anthropic API key"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secrets")
    void load_secretValue_reportedWithoutEchoingIt(String description, String secret, String extra, String path,
                                                   String kind) {
        BlueprintException e = Blueprints.failure(dir, minimalPlus(extra.split("\n")));

        SourceProblem p = e.problems().stream().filter(x -> x.message().contains("looks like a secret value"))
                .findFirst().orElseThrow(() -> new AssertionError("no secret problem in\n" + e.getMessage()));
        assertEquals(path, p.path(), e::getMessage);
        assertTrue(p.message().contains(kind), p::toString);
        assertTrue(e.problems().stream().allMatch(x -> x == p || x.message().startsWith("unknown field")),
                e::getMessage); // the value is not judged again (e.g. as a bad bundle), so it cannot leak there
        assertNoEcho(e, secret);
    }

    @Test
    void load_privateKeyBlockInPublicKey_hintsAtThePublicLineAndNeverEchoes() {
        String yaml = minimalPlus("admin:", "  publicKey: |", "    -----BEGIN RSA PRIVATE KEY-----",
                "    MIIEowIBAAKCAQEAwSecretMaterialLine1", "    -----END RSA PRIVATE KEY-----");

        BlueprintException e = Blueprints.failure(dir, yaml);

        assertEquals(1, e.problems().size(), e::getMessage);
        assertEquals("admin.publicKey", e.problems().get(0).path());
        assertTrue(e.problems().get(0).hint().contains(".pub"), e::getMessage);
        assertNoEcho(e, "MIIEowIBAAKCAQEAwSecretMaterialLine1");
    }

    @Test
    void load_secretOnALineWithASyntaxError_neverEchoesIt() {
        BlueprintException e = Blueprints.failure(dir, minimalPlus("tags: {owner: " + ANTHROPIC + ": x"));

        assertTrue(e.getMessage().contains("YAML syntax error"), e::getMessage);
        assertNoEcho(e, ANTHROPIC);
    }

    @Test
    void load_duplicatedSecretLookingKey_neverEchoesIt() {
        BlueprintException e = Blueprints.failure(dir, minimalPlus("tags:", "  " + AWS_KEY + ": a", "  " + AWS_KEY + ": b"));

        assertTrue(e.getMessage().contains("duplicate key"), e::getMessage);
        assertNoEcho(e, AWS_KEY);
    }

    @Test
    void load_secretInAComment_reportedAtTheCommentWithoutEchoingIt() {
        String yaml = minimalPlus("tags: {owner: platform}   # ci key " + AWS_SECRET, "# old: " + ANTHROPIC);

        BlueprintException e = Blueprints.failure(dir, yaml);

        assertEquals(2, e.problems().size(), e::getMessage);
        assertTrue(e.problems().stream().allMatch(p -> p.message().startsWith("a comment looks like a secret")),
                e::getMessage);
        int tagsLine = (int) minimalPlus().lines().count() + 1;
        assertEquals(tagsLine, e.problems().get(0).location().line(), e::getMessage);
        assertEquals("tags: {owner: platform}   ".length() + 1, e.problems().get(0).location().column());
        assertNoEcho(e, AWS_SECRET);
        assertNoEcho(e, ANTHROPIC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"# a comment with a # inside and url https://example.com/#anchor",
        "tags: {owner: platform-team}  # owner's team, see \"ops #12\"", "tags: {commit: 3f2a9c41d0b7e8f6a5c4b3a2918f7e6d5c4b3a29}"})
    void load_ordinaryCommentsHashesAndHexDigests_areNotMistakenForSecrets(String line) throws BlueprintException {
        Blueprints.load(dir, minimalPlus(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"task-runner-gateway-production-2026", "openclaw-production-anthropic-api-key-2026",
            "desk-management-platform-team-01", "team/openai-key", "skunkworks"})
    void load_ordinarySecretNamesAndTags_areNotMistakenForSecrets(String value) throws BlueprintException {
        Blueprint b = Blueprints.load(dir, minimalPlus(providerKey(value).split("\n")));

        assertEquals(value, b.secrets().providerKeys().get(0).secretName());
    }

    private static String providerKey(String secretName) {
        return "secrets:\n  providerKeys:\n    - provider: openai\n      secretName: \"" + secretName
                + "\"\n      env: OPENAI_API_KEY";
    }

    private static void assertNoEcho(BlueprintException e, String secret) {
        String tail = secret.substring(Math.max(0, secret.length() - 12));
        assertFalse(e.getMessage().contains(tail), () -> "secret echoed in: " + e.getMessage());
        for (SourceProblem p : e.problems()) {
            assertFalse(p.toString().contains(tail), p::toString);
        }
    }
}
