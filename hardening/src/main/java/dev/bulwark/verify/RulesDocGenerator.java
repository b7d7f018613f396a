package dev.bulwark.verify;

import dev.bulwark.findings.RuleInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code docs/rules.md} from the same rule metadata the probes report with, so the docs cannot drift from
 * the code; a test fails when the committed file differs from what this generates.
 */
public final class RulesDocGenerator {
    public static final String REGENERATE = "mvn -q -o -pl hardening compile exec:java "
            + "-Dexec.mainClass=dev.bulwark.verify.RulesDocGenerator -Dexec.args=docs/rules.md";

    private RulesDocGenerator() {
    }

    /** Writes the catalog of {@link ProbeCatalog#defaultProbes()} to {@code args[0]} (default docs/rules.md). */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "docs/rules.md");
        Files.writeString(target, markdown(ProbeCatalog.rules(ProbeCatalog.defaultProbes())), StandardCharsets.UTF_8);
    }

    public static String markdown(List<RuleInfo> rules) {
        return markdown("Rules", "the probes' rules() by dev.bulwark.verify.RulesDocGenerator", REGENERATE,
                "Every rule `bulwark verify` can report. Rule ids are stable: waivers, SARIF alerts and CI\n"
                        + "gates refer to them. The severity decides the exit code with `--fail-on`, and becomes SARIF\n"
                        + "`security-severity` (GitHub: 9.0+ critical, 7.0-8.9 high, 4.0-6.9 medium, below 4.0 low).\n"
                        + "With `--blueprint`, SARIF points a finding at the blueprint field listed here.", rules);
    }

    /**
     * A rule catalog page: a summary table, then one section per rule. Shared by every generated catalog
     * (verify, plan's Lightsail pack, audit-host) so they read alike.
     *
     * @param source     what the page is generated from, for the do-not-edit comment
     * @param regenerate the command that regenerates the page
     */
    public static String markdown(String title, String source, String regenerate, String intro,
                                  List<RuleInfo> rules) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(title).append("\n\n")
                .append("<!-- Generated from ").append(source).append("; do not edit.\n")
                .append("     Regenerate: ").append(regenerate).append(" -->\n\n")
                .append(intro).append("\n\n")
                .append("| Rule | Severity | Title |\n|---|---|---|\n");
        for (RuleInfo rule : rules) {
            md.append("| [").append(rule.id()).append("](#").append(rule.id().toLowerCase(Locale.ROOT)).append(") | ")
                    .append(rule.severity().label()).append(" | ").append(cell(rule.title())).append(" |\n");
        }
        for (RuleInfo rule : rules) {
            md.append("\n## ").append(rule.id()).append("\n\n");
            md.append("**").append(rule.title()).append("**  \n");
            md.append("Severity: ").append(rule.severity().label()).append(" (security-severity ")
                    .append(rule.severity().securitySeverity()).append(")");
            List<String> fields = RuleLocations.fieldsFor(rule.id());
            if (!fields.isEmpty()) {
                md.append("  \nBlueprint field: `").append(String.join("`, `", fields)).append('`');
            }
            md.append("\n\n").append(rule.description()).append('\n');
            if (!rule.remediation().isEmpty()) {
                md.append("\nFix: ").append(rule.remediation()).append('\n');
            }
            if (!rule.references().isEmpty()) {
                md.append("\nReferences:\n");
                rule.references().forEach(r -> md.append("- ").append(r).append('\n'));
            }
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
