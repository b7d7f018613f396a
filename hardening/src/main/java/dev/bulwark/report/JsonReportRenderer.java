package dev.bulwark.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.blueprint.SourceLocation;
import dev.bulwark.findings.Finding;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.ProbeResult;
import dev.bulwark.verify.ReportedFinding;
import dev.bulwark.verify.TargetReport;
import dev.bulwark.verify.VerifyReport;
import dev.bulwark.verify.waiver.Waiver;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * For scripts: one stable document, described by {@code docs/report-schema.json}. Keys never change meaning
 * within a {@link #SCHEMA_VERSION}; optional values are left out rather than written as null.
 */
public final class JsonReportRenderer implements ReportRenderer {
    public static final String SCHEMA_VERSION = "1";

    @Override
    public void render(VerifyReport report, PrintWriter out) {
        JsonDocuments.print(document(report), out);
    }

    /** The document as a tree, for documents that add to it or embed it (plan adds {@code plan}, discover embeds it). */
    public ObjectNode document(VerifyReport report) {
        ObjectNode doc = JsonDocuments.newDocument();
        doc.put("schemaVersion", SCHEMA_VERSION);
        doc.putObject("tool").put("name", report.tool()).put("version", report.version());
        doc.put("started", report.started().toString());
        doc.put("finished", report.finished().toString());
        doc.put("durationMs", report.elapsed().toMillis());
        summary(report, doc.putObject("summary"));
        ArrayNode targets = doc.putArray("targets");
        report.targets().forEach(t -> target(t, targets.addObject()));
        ArrayNode findings = doc.putArray("findings");
        for (TargetReport t : report.targets()) {
            t.findings().forEach(f -> finding(f, t.name(), findings.addObject()));
        }
        report.runFindings().forEach(f -> finding(f, null, findings.addObject()));
        LocalDate today = LocalDate.ofInstant(report.started(), ZoneOffset.UTC);
        ArrayNode waivers = doc.putArray("waivers");
        List<Waiver> applied = report.appliedWaivers();
        report.waivers().forEach(w -> waiver(w, waivers.addObject()).put("expired", w.expiredOn(today))
                .put("applied", applied.contains(w)));
        return doc;
    }

    private static void summary(VerifyReport report, ObjectNode node) {
        VerifyReport.Summary s = report.summary();
        node.put("targets", s.targets());
        node.put("targetsNotChecked", s.targetsNotChecked());
        node.put("checks", s.checks());
        node.put("findings", s.unwaived());
        ObjectNode bySeverity = node.putObject("bySeverity");
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            bySeverity.put(Severity.values()[i].label(), s.bySeverity().get(Severity.values()[i]));
        }
        node.put("waived", s.waived());
    }

    private static void target(TargetReport t, ObjectNode node) {
        node.put("name", t.name());
        node.put("url", t.url().toString());
        t.host().ifPresent(h -> node.put("host", h));
        t.blueprint().ifPresent(b -> node.put("blueprint", b.toString()));
        node.put("checked", t.checked());
        node.put("durationMs", t.duration().toMillis());
        strings(node.putArray("rulesChecked"), t.rulesChecked());
        strings(node.putArray("notChecked"), t.checked() ? List.of() : t.notCheckedReasons());
        ArrayNode probes = node.putArray("probes");
        for (ProbeResult p : t.probes()) {
            ObjectNode probe = probes.addObject();
            probe.put("id", p.probeId());
            probe.put("status", p.status().name().toLowerCase(Locale.ROOT));
            p.reason().ifPresent(r -> probe.put("reason", r));
            probe.put("durationMs", p.duration().toMillis());
            strings(probe.putArray("rulesChecked"), p.rulesChecked());
        }
    }

    private static void finding(ReportedFinding reported, String deployment, ObjectNode node) {
        Finding f = reported.finding();
        node.put("ruleId", f.ruleId());
        node.put("severity", f.severity().label());
        node.put("target", f.target());
        if (deployment != null) {
            node.put("deployment", deployment);
        }
        node.put("title", f.title());
        node.put("evidence", f.evidence());
        node.put("remediation", f.remediation());
        strings(node.putArray("references"), f.references());
        reported.location().ifPresent(l -> location(l, node.putObject("location")));
        node.put("waived", reported.waived());
        reported.waiver().ifPresent(w -> waiver(w, node.putObject("waiver")));
    }

    private static ObjectNode waiver(Waiver w, ObjectNode node) {
        node.put("ruleId", w.ruleId());
        node.put("target", w.target());
        node.put("reason", w.reason());
        node.put("expires", w.expires().toString());
        location(w.location(), node.putObject("location"));
        return node;
    }

    private static void location(SourceLocation l, ObjectNode node) {
        node.put("file", l.file().toString());
        node.put("line", l.line());
        node.put("column", l.column());
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
