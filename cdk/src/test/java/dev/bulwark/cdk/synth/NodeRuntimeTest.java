package dev.bulwark.cdk.synth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NodeRuntimeTest {

    @Test
    void check_installedNode_returnsSupportedMajor() throws Exception {
        assertTrue(NodeRuntime.fromEnvironment().check() >= NodeRuntime.MINIMUM_MAJOR);
    }

    @Test
    void check_missingExecutable_tellsToInstallNode(@TempDir Path dir) {
        NodeRuntimeException e = assertThrows(NodeRuntimeException.class,
                () -> new NodeRuntime(dir.resolve("node").toString()).check());
        assertTrue(e.getMessage().contains("install Node.js 20 or newer"), e.getMessage());
    }

    @Test
    void check_oldNode_isTooOld(@TempDir Path dir) throws Exception {
        Path fake = script(dir, "echo v18.19.0");
        NodeRuntimeException e = assertThrows(NodeRuntimeException.class, () -> new NodeRuntime(fake.toString()).check());
        assertTrue(e.getMessage().contains("v18.19.0 is too old"), e.getMessage());
    }

    @Test
    void check_brokenNode_saysItFailed(@TempDir Path dir) throws Exception {
        Path fake = script(dir, "echo 'error while loading shared libraries' >&2; exit 127");
        NodeRuntimeException e = assertThrows(NodeRuntimeException.class, () -> new NodeRuntime(fake.toString()).check());
        assertTrue(e.getMessage().contains("failed (exit 127)"), e.getMessage());
    }

    private static Path script(Path dir, String body) throws Exception {
        Path file = dir.resolve("node");
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }
}
