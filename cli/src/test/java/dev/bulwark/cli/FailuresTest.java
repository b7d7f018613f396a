package dev.bulwark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.audit.HostLoginException;
import dev.bulwark.blueprint.SourceFileException;
import dev.bulwark.deploy.DeployException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FailuresTest {

    @Test
    void exitCode_eachEngineFailure_mapsInThisOnePlace() {
        assertEquals(ExitCode.USAGE, Failures.exitCode(new SourceFileException(Path.of("w.yaml"), List.of())));
        assertEquals(ExitCode.USAGE, Failures.exitCode(new DeployException(DeployException.Kind.USAGE, "x")));
        assertEquals(ExitCode.ENVIRONMENT, Failures.exitCode(new DeployException(DeployException.Kind.ENVIRONMENT, "x")));
        assertEquals(ExitCode.USAGE, Failures.exitCode(new HostLoginException(HostLoginException.Kind.AUTHENTICATION, "x")));
        assertEquals(ExitCode.ENVIRONMENT, Failures.exitCode(new HostLoginException(HostLoginException.Kind.UNREACHABLE, "x")));
        assertEquals(ExitCode.ENVIRONMENT, Failures.exitCode(new IllegalStateException("bug")));
    }

    @Test
    void message_internalErrorWithDebug_printsTheStackTraceItPromises() {
        StringWriter debug = new StringWriter();
        String plain = Failures.message(new IllegalStateException("boom"), false, new PrintWriter(debug));
        assertTrue(plain.contains("set BULWARK_DEBUG=1"), plain);
        assertEquals("", debug.toString(), "no stack trace without BULWARK_DEBUG");

        String detailed = Failures.message(new IllegalStateException("boom"), true, new PrintWriter(debug));
        assertTrue(debug.toString().contains("\tat dev.bulwark.cli.FailuresTest"), debug.toString());
        assertTrue(detailed.contains("java.lang.IllegalStateException: boom"), detailed);
        assertFalse(detailed.contains("set BULWARK_DEBUG"), detailed);
    }

    @ParameterizedTest
    @CsvSource(value = {"1, true", "true, true", "yes, true", "0, false", "false, false", "'', false"})
    void debugRequested_commonSpellings(String value, boolean expected) {
        assertEquals(expected, Failures.debugRequested(value));
    }
}
