package dev.bulwark.verify.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.findings.Finding;
import dev.bulwark.report.Fingerprints;
import dev.bulwark.verify.ReportedFinding;
import dev.bulwark.verify.TargetReport;
import dev.bulwark.verify.VerifyReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The findings of an earlier JSON report ({@code --baseline REPORT.json}), so a run reports only what is new.
 * A finding is known when its rule id, target and stable evidence key ({@link Fingerprints#evidenceKey}: the
 * evidence with dates and amounts of time blanked) equal one in the baseline: "expires in 12 days" matches
 * "expires in 11 days", "port 22 open" never matches "port 3306 open". Findings that say a target could not be
 * checked are never suppressed.
 */
public final class Baseline {
    /** Rules that mean "could not look": hiding them would turn not-checked into silence. */
    static final Set<String> NEVER_SUPPRESSED = Set.of("TARGET_UNREACHABLE", "PROBE_INTERNAL_ERROR");
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private final Set<String> known;

    private Baseline(Set<String> known) {
        this.known = Set.copyOf(known);
    }

    /** What {@link #apply} returns: the report of new findings only, and how many known ones it left out. */
    public record Applied(VerifyReport report, int suppressed) {
    }

    /**
     * Reads a bulwark JSON report (verify, audit-host or plan {@code --format json}).
     *
     * @throws IllegalArgumentException when the file cannot be read or is not such a report, saying which
     */
    public static Baseline read(Path file) {
        JsonNode doc;
        try {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("--baseline " + file + ": no such file; pass a report written "
                        + "with --format json --output FILE");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new IllegalArgumentException("--baseline " + file + ": larger than 64 MiB, not a report");
            }
            doc = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("--baseline " + file + " is not JSON (" + e.getClass().getSimpleName()
                    + "); pass a report written with --format json");
        }
        if (doc == null || !doc.path("findings").isArray() || !doc.has("schemaVersion")) {
            throw new IllegalArgumentException("--baseline " + file + " is not a bulwark JSON report (no "
                    + "schemaVersion and findings[]); pass a report written with --format json");
        }
        Set<String> known = new HashSet<>();
        for (JsonNode f : doc.path("findings")) {
            if (!f.path("ruleId").isTextual() || !f.path("target").isTextual() || !f.path("evidence").isTextual()) {
                throw new IllegalArgumentException("--baseline " + file + ": a finding lacks ruleId, target or "
                        + "evidence; pass a report written with --format json");
            }
            known.add(key(f.path("ruleId").asText(), f.path("target").asText(), f.path("evidence").asText()));
        }
        return new Baseline(known);
    }

    private static String key(String ruleId, String target, String evidence) {
        return ruleId + '\u0000' + target + '\u0000' + Fingerprints.evidenceKey(evidence);
    }

    boolean knows(Finding f) {
        return !NEVER_SUPPRESSED.contains(f.ruleId()) && known.contains(key(f.ruleId(), f.target(), f.evidence()));
    }

    /** {@code report} without the findings this baseline knows. */
    public Applied apply(VerifyReport report) {
        int[] suppressed = {0};
        List<TargetReport> targets = report.targets().stream().map(t -> new TargetReport(t.name(), t.url(),
                t.host(), t.blueprint(), t.probes(), keepNew(t.findings(), suppressed), t.duration())).toList();
        List<ReportedFinding> run = keepNew(report.runFindings(), suppressed);
        return new Applied(new VerifyReport(report.tool(), report.version(), report.started(), report.finished(),
                report.elapsed(), targets, run, report.rules(), report.waivers(), report.command()), suppressed[0]);
    }

    private List<ReportedFinding> keepNew(List<ReportedFinding> findings, int[] suppressed) {
        List<ReportedFinding> kept = findings.stream().filter(f -> !knows(f.finding())).toList();
        suppressed[0] += findings.size() - kept.size();
        return kept;
    }
}
