package dev.bulwark.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.blueprint.SourceLocation;
import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.ReportedFinding;
import dev.bulwark.verify.TargetReport;
import dev.bulwark.verify.VerifyReport;
import dev.bulwark.verify.waiver.Waiver;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it. A live finding points at the blueprint line that governs it when
 * the run had a blueprint (or at the target's entry in a {@code --targets} file); otherwise at
 * {@link #FALLBACK_ARTIFACT}, line 1, because GitHub drops results without a physical location. Every result also
 * carries the target as a logical location, and a fingerprint that survives re-runs.
 */
public final class SarifReportRenderer implements ReportRenderer {
    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    // TODO(lead): the project's public home page once it has one; GitHub shows it beside each alert.
    public static final String INFORMATION_URI = "https://github.com/bulwark-dev/bulwark";
    /** Where results without a governing source line point; documented in docs/verify.md. */
    public static final String FALLBACK_ARTIFACT = "README.md";

    private final Path baseDirectory;

    public SarifReportRenderer(Path baseDirectory) {
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
    }

    @Override
    public void render(VerifyReport report, PrintWriter out) {
        JsonDocuments.print(document(report), out);
    }

    ObjectNode document(VerifyReport report) {
        ObjectNode doc = JsonDocuments.newDocument();
        doc.put("$schema", SCHEMA_URI);
        doc.put("version", "2.1.0");
        ObjectNode run = doc.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", report.tool());
        driver.put("version", report.version());
        driver.put("informationUri", INFORMATION_URI);
        Map<String, Integer> ruleIndex = new HashMap<>();
        ArrayNode rules = driver.putArray("rules");
        for (RuleInfo rule : report.rules()) {
            ruleIndex.put(rule.id(), rules.size());
            rule(rule, rules.addObject());
        }
        invocation(report, run.putArray("invocations").addObject());
        ArrayNode results = run.putArray("results");
        for (ReportedFinding f : report.allFindings()) {
            Integer index = ruleIndex.get(f.finding().ruleId());
            if (index == null) {
                // A probe reported a rule it did not declare: describe it from the finding so the log stays valid.
                index = rules.size();
                ruleIndex.put(f.finding().ruleId(), index);
                Finding x = f.finding();
                rule(new RuleInfo(x.ruleId(), x.severity(), x.title(), null, x.remediation(), x.references()),
                        rules.addObject());
            }
            result(f, index, results.addObject());
        }
        return doc;
    }

    private static void rule(RuleInfo rule, ObjectNode node) {
        node.put("id", rule.id());
        node.putObject("shortDescription").put("text", rule.title());
        node.putObject("fullDescription").put("text", rule.description());
        StringBuilder help = new StringBuilder(rule.remediation().isEmpty() ? rule.description() : rule.remediation());
        rule.references().forEach(r -> help.append("\n").append(r));
        node.putObject("help").put("text", help.toString());
        node.putObject("defaultConfiguration").put("level", level(rule.severity()));
        ObjectNode properties = node.putObject("properties");
        properties.putArray("tags").add("security");
        properties.put("security-severity", rule.severity().securitySeverity());
    }

    private static void invocation(VerifyReport report, ObjectNode node) {
        boolean allChecked = !report.targets().isEmpty() && report.targets().stream().allMatch(TargetReport::checked);
        node.put("executionSuccessful", allChecked);
        node.put("startTimeUtc", report.started().toString());
        node.put("endTimeUtc", report.finished().toString());
        ArrayNode notifications = node.putArray("toolExecutionNotifications");
        for (TargetReport t : report.targets()) {
            for (String reason : t.checked() ? List.<String>of() : t.notCheckedReasons()) {
                ObjectNode n = notifications.addObject();
                n.put("level", "error");
                n.putObject("message").put("text", t.name() + " could not be checked: " + reason);
            }
        }
        for (String note : report.unusedWaiverNotes()) {
            ObjectNode n = notifications.addObject();
            n.put("level", "note");
            n.putObject("message").put("text", note);
        }
    }

    private void result(ReportedFinding reported, int ruleIndex, ObjectNode node) {
        Finding f = reported.finding();
        node.put("ruleId", f.ruleId());
        node.put("ruleIndex", ruleIndex);
        node.put("level", level(f.severity()));
        String message = f.title() + " on " + f.target() + (f.evidence().isEmpty() ? "" : ": " + f.evidence());
        node.putObject("message").put("text", message);
        ObjectNode location = node.putArray("locations").addObject();
        physical(reported.location(), location.putObject("physicalLocation"));
        location.putArray("logicalLocations").addObject().put("fullyQualifiedName", f.target()).put("kind", "resource");
        node.putObject("partialFingerprints").put(Fingerprints.KEY, Fingerprints.of(f));
        reported.waiver().ifPresent(w -> suppression(w, node.putArray("suppressions").addObject()));
        node.putObject("properties").put("severity", f.severity().label());
    }

    private void suppression(Waiver w, ObjectNode node) {
        node.put("kind", "external");
        node.put("status", "accepted");
        node.put("justification", w.reason() + " (waived until " + w.expires() + ")");
        physical(Optional.of(w.location()), node.putObject("location").putObject("physicalLocation"));
    }

    private void physical(Optional<SourceLocation> location, ObjectNode node) {
        ObjectNode artifact = node.putObject("artifactLocation");
        ObjectNode region = node.putObject("region");
        if (location.isPresent()) {
            artifact.put("uri", uri(location.get().file()));
            region.put("startLine", location.get().line());
            region.put("startColumn", location.get().column());
        } else {
            artifact.put("uri", FALLBACK_ARTIFACT);
            region.put("startLine", 1);
        }
    }

    /** Relative to the checkout with forward slashes, as GitHub matches it; absolute file URI when outside. */
    private String uri(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.startsWith(baseDirectory)) {
            StringBuilder sb = new StringBuilder();
            for (Path part : baseDirectory.relativize(absolute)) {
                if (sb.length() > 0) {
                    sb.append('/');
                }
                sb.append(URLEncoder.encode(part.toString(), StandardCharsets.UTF_8)
                        .replace("+", "%20"));
            }
            return sb.toString();
        }
        return absolute.toUri().toString();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }
}
