package dev.bulwark.discover.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What in an instance's user data hints at a gateway, and that a hint never repeats the line (it may hold secrets). */
class UserDataHintsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "npm install|npm install -g openclaw@latest|user data line 1 installs openclaw (with npm)",
        "install script|curl -fsSL https://openclaw.ai/install.sh -o install.sh|user data line 1 installs openclaw (with curl)",
        "container|docker run -d -p 18789:18789 ghcr.io/openclaw/openclaw:2026.9.6|user data line 1 installs openclaw (with docker)",
        "old brand starts|clawdbot gateway --port 18789|user data line 1 starts clawdbot (`clawdbot gateway`)",
        "onboarding|moltbot onboard --install-daemon|user data line 1 starts moltbot (`moltbot onboard`)",
        "brand only|# agent box for the OpenClaw pilot|user data line 1 names openclaw",
        "port only|ufw allow 18789/tcp|user data line 1 names the gateway port 18789",
        "other port|ufw allow 187890/tcp|",
        "word inside a word|apt-get install openclawless-tools|",
        "nothing|apt-get install -y nginx|",
        "environment name|export OPENCLAW_GATEWAY_TOKEN=x|user data line 1 names openclaw",
    })
    void inText_line_givesTheHintWithoutTheLine(String name, String line, String hint) {
        assertEquals(hint == null ? List.of() : List.of(hint), UserDataHints.inText(line), name);
    }

    @Test
    void of_gzippedBase64_isDecompressedWithinTheBound() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write("#cloud-config\nruncmd:\n - npm i -g openclaw\n".getBytes(StandardCharsets.UTF_8));
        }

        assertEquals(List.of("user data line 3 installs openclaw (with npm)"),
                UserDataHints.of(Base64.getEncoder().encodeToString(zipped.toByteArray())));
    }

    @Test
    void of_notBase64OrEmpty_hasNoHints() {
        assertEquals(List.of(), UserDataHints.of("%%% not base64 %%%"));
        assertEquals(List.of(), UserDataHints.of(null));
        assertEquals(List.of(), UserDataHints.of(""));
    }

    @Test
    void inText_manyLines_givesAtMostFiveHints() {
        assertEquals(UserDataHints.MAX_HINTS, UserDataHints.inText("openclaw\n".repeat(20)).size());
    }
}
