package dev.bulwark.verify.baseline;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which findings a baseline knows: rule id + target + stable evidence key; bad files refused. */
class BaselineTest {
    @TempDir
    Path dir;

    private Baseline baseline(String ruleId, String target, String evidence) throws IOException {
        Path file = dir.resolve("base.json");
        Files.writeString(file, "{\"schemaVersion\":\"1\",\"findings\":[{\"ruleId\":\"" + ruleId + "\",\"target\":\""
                + target + "\",\"evidence\":\"" + evidence + "\"}]}");
        return Baseline.read(file);
    }

    private static Finding finding(String ruleId, String target, String evidence) {
        return new Finding(ruleId, Severity.HIGH, target, "t", evidence, "r", List.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "TLS_CERT_EXPIRING | https://a/ | expires in 12 days on 2026-12-16 | TLS_CERT_EXPIRING | https://a/ | expires in 11 days on 2026-12-17 | true",
        "PORT_UNEXPECTED_OPEN | 203.0.113.10 | port 22 open | PORT_UNEXPECTED_OPEN | 203.0.113.10 | port 3306 open | false",
        "PORT_UNEXPECTED_OPEN | 203.0.113.10 | port 22 open | PORT_UNEXPECTED_OPEN | 203.0.113.11 | port 22 open | false",
        "HTTP_NO_HSTS | https://a/ | no header | HTTP_HSTS_SHORT | https://a/ | no header | false",
        "TARGET_UNREACHABLE | https://a/ | refused | TARGET_UNREACHABLE | https://a/ | refused | false"})
    void knows_matchesOnRuleTargetAndStableEvidence(String rule, String target, String evidence, String newRule,
                                                    String newTarget, String newEvidence, boolean known)
            throws IOException {
        assertEquals(known, baseline(rule, target, evidence).knows(finding(newRule, newTarget, newEvidence)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json at all {", "{\"findings\":[]}", "[1,2]", "{\"schemaVersion\":\"1\"}",
        "{\"schemaVersion\":\"1\",\"findings\":[{\"ruleId\":\"X\"}]}"})
    void read_notABulwarkJsonReport_refusedSayingWhy(String text) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), text);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Baseline.read(file));
        assertTrue(e.getMessage().startsWith("--baseline " + file), e.getMessage());
    }

    @Test
    void read_missingFile_refused() {
        assertThrows(IllegalArgumentException.class, () -> Baseline.read(dir.resolve("none.json")));
    }
}
