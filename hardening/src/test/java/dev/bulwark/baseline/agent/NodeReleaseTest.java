package dev.bulwark.baseline.agent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NodeReleaseTest {
    @Test
    void known_defaultVersion_hasRecordedChecksumAndOfficialUrl() {
        NodeRelease node = NodeRelease.known(NodeRelease.DEFAULT.version()).orElseThrow();
        assertEquals("https://nodejs.org/dist/v22.14.0/node-v22.14.0-linux-x64.tar.xz", node.url());
        assertTrue(node.sha256().matches("[0-9a-f]{64}"));
        assertTrue(Integer.parseInt(node.version().split("\\.")[0]) >= 22, "OpenClaw needs Node 22+");
    }

    @Test
    void known_unrecordedVersion_isEmpty() {
        assertTrue(NodeRelease.known("22.0.0").isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"22, 69b09dba5c8dcb05c4e4273a4340db1005abeafe3927efda2bc5b249e80437ec", "22.14.0, to-be-filled",
            "22.14.0, ''"})
    void constructor_inexactVersionOrMissingChecksum_isRefused(String version, String sha256) {
        assertThrows(IllegalArgumentException.class, () -> new NodeRelease(version, sha256));
    }
}
