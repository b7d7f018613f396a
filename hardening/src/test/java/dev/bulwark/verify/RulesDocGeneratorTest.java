package dev.bulwark.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesDocGeneratorTest {
    /** The committed file; tests run in the module directory. */
    static final Path RULES_MD = Path.of("..", "docs", "rules.md");

    @Test
    void committedRulesDoc_matchesTheCatalog() throws IOException {
        String expected = RulesDocGenerator.markdown(ProbeCatalog.rules(ProbeCatalog.defaultProbes()));
        assertEquals(expected, Files.readString(RULES_MD, StandardCharsets.UTF_8),
                "docs/rules.md is out of date with the rule catalog; run `" + RulesDocGenerator.REGENERATE
                        + "` from the repository root and commit the result");
    }

    @Test
    void markdown_rule_listsSeverityFieldAndFix() {
        RuleInfo rule = new RuleInfo("TLS_OLD_PROTOCOL", Severity.HIGH, "TLS 1.0 | 1.1 accepted", null,
                "Use TLS 1.2+.", List.of("https://www.rfc-editor.org/rfc/rfc8996"));
        String md = RulesDocGenerator.markdown(List.of(rule));

        assertTrue(md.contains("| [TLS_OLD_PROTOCOL](#tls_old_protocol) | high | TLS 1.0 \\| 1.1 accepted |"), md);
        assertTrue(md.contains("Blueprint field: `tls.policy`"), md);
        assertTrue(md.contains("security-severity 8.0"), md);
        assertTrue(md.contains("Fix: Use TLS 1.2+."), md);
    }

    @Test
    void rules_probeRedeclaringARuleDifferently_isRefused() {
        Probe clash = new Probe() {
            @Override
            public String id() {
                return "clash";
            }

            @Override
            public List<RuleInfo> rules() {
                return List.of(new RuleInfo("WAIVER_EXPIRED", Severity.LOW, "other", null, null, null));
            }

            @Override
            public ProbeOutcome run(VerifyTarget target, ProbeContext context) {
                throw new UnsupportedOperationException();
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ProbeCatalog.rules(List.of(clash)));
        assertTrue(e.getMessage().contains("WAIVER_EXPIRED"), e.getMessage());
    }
}
