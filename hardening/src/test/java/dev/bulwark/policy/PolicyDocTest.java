package dev.bulwark.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PolicyDocTest {
    static final Path HARDENING_MD = Path.of("..", "docs", "hardening.md");

    @Test
    void committedHardeningDoc_policySection_matchesThePolicy() throws IOException {
        if (Boolean.getBoolean("bulwark.updateDocs")) {
            PolicyDoc.write(HARDENING_MD);
        }
        String committed = Files.readString(HARDENING_MD, StandardCharsets.UTF_8);
        assertEquals(PolicyDoc.updated(committed, HardeningPolicy.defaults()), committed,
                "docs/hardening.md's policy values are out of date with hardening-policy.yaml; regenerate: "
                        + PolicyDoc.BEGIN);
    }

    @Test
    void markdown_shippedPolicy_namesEveryWatchedPortAndOfferedCipher() {
        String md = PolicyDoc.markdown(HardeningPolicy.defaults());
        HardeningPolicy.defaults().ports().forEach(p -> assertTrue(md.contains("| " + p.port() + " | "), md));
        HardeningPolicy.defaults().ssh().offered().ciphers().forEach(c -> assertTrue(md.contains("`" + c + "`"), c));
    }

    @Test
    void updated_docWithoutMarkers_isRefusedNamingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PolicyDoc.updated("# no markers\n", HardeningPolicy.defaults()));
        assertTrue(e.getMessage().contains(PolicyDoc.END), e.getMessage());
    }
}
