package dev.bulwark.acceptance;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.bulwark.testing.Requirement;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

class AcceptanceHomeTest {
    @TempDir
    Path empty;

    @Test
    void requireInstalled_nothingInstalled_skipsNamingTheInstallScript() {
        assumeFalse("1".equals(System.getenv(Requirement.REQUIRE_VARIABLE)), "acceptance is required here");

        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                () -> AcceptanceHome.at(empty).requireInstalled(GatewayDistribution.OPENCLAW));

        assertTrue(skipped.getMessage().contains("Node 24"), skipped.getMessage());
        assertTrue(skipped.getMessage().contains("tests/scripts/install-acceptance-deps.sh"), skipped.getMessage());
    }
}
