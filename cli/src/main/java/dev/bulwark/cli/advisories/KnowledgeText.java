package dev.bulwark.cli.advisories;

import dev.bulwark.advisory.Advisory;
import dev.bulwark.advisory.AdvisoryCatalog;
import dev.bulwark.findings.Severity;
import dev.bulwark.release.GatewayKnowledge;
import dev.bulwark.release.ReleaseFingerprint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The text {@code bulwark advisories} prints. */
final class KnowledgeText {
    private KnowledgeText() {
    }

    static List<String> summary(GatewayKnowledge knowledge) {
        List<String> lines = new ArrayList<>();
        List<Advisory> all = knowledge.advisories().all();
        List<String> counts = new ArrayList<>();
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            Severity s = Severity.values()[i];
            long n = all.stream().filter(a -> a.severity() == s).count();
            if (n > 0) {
                counts.add(n + " " + s.label());
            }
        }
        lines.add("Advisories: " + all.size() + " (" + String.join(", ", counts) + "; severity as seen from outside)");
        all.stream().filter(a -> a.fixed().isPresent()).max(Comparator.comparing(a -> a.fixed().get()))
                .ifPresent(a -> lines.add("  newest entry (latest fix): " + a.label() + ", fixed in " + a.fixText()
                        + ": " + a.summary()));
        for (AdvisoryCatalog.DataSource s : knowledge.advisories().sources()) {
            lines.add("  from " + s.name() + ": " + s.entries() + " entries" + s.date().map(d -> ", data of " + d)
                    .orElse("") + (s.skipped() > 0 ? ", " + s.skipped() + " records about other packages skipped"
                    : ""));
        }
        List<ReleaseFingerprint> rows = knowledge.releases().rows();
        long withPage = rows.stream().filter(ReleaseFingerprint::hasPage).count();
        long unfetchable = rows.stream().filter(r -> r.noPage().filter(n -> n.startsWith("unfetchable")).isPresent())
                .count();
        lines.add("Release fingerprints: " + rows.size() + " published versions, " + withPage + " with a Control UI"
                + " page, " + unfetchable + " unfetchable, " + (rows.size() - withPage - unfetchable)
                + " without a Control UI");
        knowledge.releases().generated().forEach(g -> lines.add("  table " + g));
        return lines;
    }

    static List<String> advisory(Advisory a) {
        List<String> lines = new ArrayList<>();
        lines.add(a.label());
        lines.add("  summary:    " + a.summary());
        lines.add("  severity:   " + a.severity().label() + " (as seen from outside)");
        lines.add("  affected:   " + a.rangeText());
        lines.add("  fixed in:   " + a.fixText());
        lines.add("  source:     " + a.source());
        a.references().forEach(r -> lines.add("  reference:  " + r));
        return lines;
    }
}
