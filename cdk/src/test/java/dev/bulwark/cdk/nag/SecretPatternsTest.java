package dev.bulwark.cdk.nag;

import dev.bulwark.baseline.UserDataRenderer;
import dev.bulwark.blueprint.BlueprintLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretPatternsTest {

    // Fake credentials assembled at run time, so no scanner flags this file as leaking one.
    private static final String ANTHROPIC = "sk-" + "ant-api03-" + "Xq7Lm2Pz9Kd4Rt8Wv1Ny6Bc3Hf5Js0Ga";
    private static final String OPENAI = "sk-" + "proj-" + "Q2w3E4r5T6y7U8i9O0p1A2s3D4f5G6h7";
    private static final String AWS_KEY = "AKIA" + "Z7XQ4LM2PK9DR3TW";
    private static final String GITHUB = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
    private static final String SLACK = "xoxb-" + "123456789012-abcdefABCDEF";
    private static final String PEM = "-----BEGIN " + "OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n";
    private static final String RANDOM = "Zq8vN2mX7pL4kR9tW1yB6cH3jF5dG0sA";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Anthropic key      | export ANTHROPIC_API_KEY=@ANTHROPIC@            | Anthropic API key (sk-ant-...)
            OpenAI key         | OPENAI_API_KEY=@OPENAI@                         | OpenAI-style API key (sk-...)
            AWS access key id  | aws_access_key_id = @AWS@                       | AWS access key id (AKIA/ASIA...)
            GitHub token       | git clone https://@GITHUB@@github.com/x/y       | GitHub token (ghp_...)
            Slack token        | SLACK=@SLACK@                                   | Slack token (xoxb-/xoxp-...)
            PEM private key    | @PEM@                                           | PEM private key
            gateway token env  | OPENCLAW_GATEWAY_TOKEN=s3cr3tT0kenValue         | literal OPENCLAW_GATEWAY_TOKEN
            yaml token         | gateway:\\n  token: abcdefghijkl1234             | literal token: value
            random token       | value @RANDOM@ end                              | high-entropy token (32+ random-looking characters)
            """)
    void scan_secretLikeText_namesTheKind(String name, String template, String kind) {
        List<String> found = SecretPatterns.scan(fill(template));
        assertTrue(found.contains(kind), name + " -> " + found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            shell variable token   | OPENCLAW_GATEWAY_TOKEN=$(cat /run/credentials/token)
            quoted variable token  | OPENCLAW_GATEWAY_TOKEN="${TOKEN}"
            token from a lookup    | token: ${GATEWAY_TOKEN}
            ssh public key         | ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK9mZ3x7Qp2Lr8Tv4Wn6Yb1Cd5Fh0Jk3Ms7Pq9Rt2Uv admin@laptop
            asset hash             | 3f786850e387550fdab836ed7e6dc881de23001b3f786850e387550fdab836ed.zip
            arn                    | arn:aws:secretsmanager:eu-west-1:123456789012:secret:bulwark/gateway-token-AbCdEf
            plain script           | #!/bin/bash\\napt-get update && apt-get install -y nginx
            short sk word          | task-runner sk-learn
            tls policy name        | TLS-FS-Res-1-2-2019-08
            ssh security-key algs  | HostKeyAlgorithms sk-ssh-ed25519-cert-v01@openssh.com,sk-ssh-ed25519@openssh.com
            systemd credential     | LoadCredential=gateway-token:/etc/bulwark/credentials/gateway-token
            """)
    void scan_benignText_findsNothing(String name, String text) {
        assertEquals(List.of(), SecretPatterns.scan(text.replace("\\n", "\n")), name);
    }

    @Test
    void scan_base64UserData_decodesBeforeScanning() {
        String script = "#!/bin/bash\nexport ANTHROPIC_API_KEY=" + ANTHROPIC + "\n";
        String encoded = Base64.getEncoder().encodeToString(script.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Anthropic API key (sk-ant-...) in base64-decoded text"), SecretPatterns.scan(encoded));
    }

    @Test
    void scan_base64OfCleanScript_findsNothing() {
        String encoded = Base64.getEncoder().encodeToString("#!/bin/bash\napt-get update\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), SecretPatterns.scan(encoded));
    }

    @Test
    void scan_bulwarkLaunchScript_readsTheEmbeddedInstallScript() throws Exception {
        // The checked-in default blueprint, relative to the module directory Surefire runs in.
        String userData = new UserDataRenderer().render(
                new BlueprintLoader().load(Path.of("..", "blueprints", "openclaw-instance.yaml")));
        assertEquals(List.of(), SecretPatterns.scan(userData), "the rendered host baseline is clean");
    }

    @Test
    void scan_launchScriptWithKeyInsidePayload_findsIt() throws Exception {
        String script = "#!/bin/sh\nexport ANTHROPIC_API_KEY=" + ANTHROPIC + "\n";
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(script.getBytes(StandardCharsets.UTF_8));
        }
        String userData = "mkdir -p /var/lib/bulwark && printf '%s' '" + Base64.getEncoder().encodeToString(gz.toByteArray())
                + "' | base64 -d | gzip -dc > /var/lib/bulwark/install-baseline.sh && sh /var/lib/bulwark/install-baseline.sh";
        assertEquals(List.of("Anthropic API key (sk-ant-...) in the embedded install script"),
                SecretPatterns.scan(userData));
    }

    @Test
    void scan_result_neverContainsTheSecret() {
        String found = String.join(" ", SecretPatterns.scan("key " + ANTHROPIC + " " + AWS_KEY + " " + RANDOM));
        assertFalse(found.contains(ANTHROPIC) || found.contains(AWS_KEY) || found.contains(RANDOM), found);
    }

    @Test
    void entropy_ofRepeatedCharacter_isZero() {
        assertEquals(0.0, SecretPatterns.entropy("aaaaaaaa"));
        assertTrue(SecretPatterns.entropy(RANDOM) >= SecretPatterns.ENTROPY_THRESHOLD);
    }

    static String fill(String template) {
        return template.replace("@ANTHROPIC@", ANTHROPIC).replace("@OPENAI@", OPENAI).replace("@AWS@", AWS_KEY)
                .replace("@GITHUB@", GITHUB).replace("@SLACK@", SLACK).replace("@PEM@", PEM)
                .replace("@RANDOM@", RANDOM).replace("\\n", "\n");
    }

    static String anthropicKey() {
        return ANTHROPIC;
    }
}
