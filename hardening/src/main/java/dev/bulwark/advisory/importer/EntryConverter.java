package dev.bulwark.advisory.importer;

import dev.bulwark.advisory.AgentVersion;
import dev.bulwark.advisory.VersionRange;
import dev.bulwark.findings.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts one source entry into an OSV record, cleaning the defects the source's header lists, each explicitly:
 * <ul>
 *   <li>commit hash instead of a version: the range the entry's own summary states ({@code OpenClaw [LOW] < FIX}),
 *       when its details agree ({@code before FIX}); else kept out;</li>
 *   <li>a value that is no release number of the gateway ({@code 3.0.0}, another product): kept out;</li>
 *   <li>leading {@code v}, {@code =} for {@code ==}: read as meant;</li>
 *   <li>hotfix ordering: {@code <= X} with a fix F in the advice becomes {@code < F} when every published release
 *       between X and F is a hotfix {@code X-N} or a beta of F (npm semver sorts hotfixes before X, so the source's
 *       {@code <=} missed them); otherwise {@code <= X} stays and the report says why;</li>
 *   <li>extended-stable: ranges reaching over {@code .33}+ releases are marked; verify says "may apply";</li>
 *   <li>publisher severity: kept as published ({@code database_specific.severity}); bulwark rates exposure from
 *       it and the CVSS vector ({@link dev.bulwark.advisory.ExposureSeverity}); none published: medium.</li>
 * </ul>
 */
final class EntryConverter {
    private static final String VERSION = "\\d{4}\\.\\d{1,2}\\.\\d{1,2}(?:-(?:beta\\.)?\\d+)?";
    private static final Pattern SUMMARY_RANGE = Pattern.compile(
            "OpenClaw(?: [A-Za-z][A-Za-z ]*?)? (?:(" + VERSION + ") )?< (" + VERSION + ")");
    private static final Pattern ADVICE_FIX = Pattern.compile("v?(" + VERSION + ")");

    /** What became of one entry. */
    record Outcome(String id, Map<String, Object> record, List<String> notes, List<String> defects,
                   Optional<String> exclusion) {
    }

    private final List<AgentVersion> releases;
    private final String modified;

    EntryConverter(List<AgentVersion> releases, String snapshotDate) {
        this.releases = releases;
        this.modified = snapshotDate + "T00:00:00Z";
    }

    Outcome convert(AdvisoryImport.SourceEntry e) {
        String id = e.cve();
        List<String> notes = new ArrayList<>();
        List<String> defects = new ArrayList<>();
        List<VersionRange> ranges;
        try {
            if (RuleParser.COMMIT.matcher(e.rule()).find()) {
                defects.add("commit hash");
                Optional<VersionRange> stated = summaryRange(e);
                if (stated.isEmpty()) {
                    return excluded(id, notes, defects, "the rule compares with a commit hash ('" + e.rule()
                            + "') and neither summary nor details name the fixed release");
                }
                ranges = List.of(stated.get());
                notes.add("commit hash replaced by the range the summary states: " + stated.get());
            } else {
                RuleParser.Parsed parsed = RuleParser.parse(e.rule());
                ranges = new ArrayList<>(parsed.ranges());
                if (!parsed.notes().isEmpty()) {
                    defects.add("leading v or '='");
                    notes.addAll(parsed.notes());
                }
                ranges = widenToFix(ranges, adviceFix(e), notes, defects);
            }
        } catch (RuleParser.NotAVersion nav) {
            defects.add("not a gateway release");
            return excluded(id, notes, defects, "'" + nav.value + "' is not a release number of the openclaw"
                    + " package (the entry is about: " + e.summary().strip() + ")");
        } catch (IllegalArgumentException bad) {
            return excluded(id, notes, defects, "the rule '" + e.rule() + "' cannot be read: " + bad.getMessage());
        }
        List<VersionRange> finalRanges = List.copyOf(ranges);
        markExtendedStable(finalRanges, notes, defects);
        if (releases.stream().noneMatch(r -> finalRanges.stream().anyMatch(range -> range.contains(r)))) {
            notes.add("no published openclaw/clawdbot release is in " + finalRanges
                    + " (kept: older or unlisted builds)");
        }
        Optional<Severity> publisher = Severity.parse(e.severity());
        if (publisher.isEmpty()) {
            defects.add("no publisher severity");
            notes.add("no publisher severity: rated medium before the exposure adjustment");
        }
        return new Outcome(id, OsvRecord.of(e, finalRanges, publisher, modified), notes, defects, Optional.empty());
    }

    private static Outcome excluded(String id, List<String> notes, List<String> defects, String reason) {
        return new Outcome(id, null, notes, defects, Optional.of(reason));
    }

    /** {@code OpenClaw 2026.5.10-beta.1 < 2026.6.5 ...} in the summary, confirmed by "before"/"prior to" FIX. */
    static Optional<VersionRange> summaryRange(AdvisoryImport.SourceEntry e) {
        Matcher m = SUMMARY_RANGE.matcher(e.summary() == null ? "" : e.summary());
        if (!m.find()) {
            return Optional.empty();
        }
        String fix = m.group(2);
        String details = e.details() == null ? "" : e.details();
        if (!details.contains("before " + fix) && !details.contains("prior to " + fix)) {
            return Optional.empty();
        }
        return Optional.of(new VersionRange(Optional.ofNullable(m.group(1)).map(AgentVersion::of),
                Optional.of(AgentVersion.of(fix)), Optional.empty()));
    }

    static Optional<AgentVersion> adviceFix(AdvisoryImport.SourceEntry e) {
        if (e.advice() == null) {
            return Optional.empty();
        }
        Matcher m = ADVICE_FIX.matcher(e.advice());
        return m.find() ? AgentVersion.parse(m.group(1)) : Optional.empty();
    }

    private List<VersionRange> widenToFix(List<VersionRange> ranges, Optional<AgentVersion> fix, List<String> notes,
                                          List<String> defects) {
        if (fix.isEmpty()) {
            return ranges;
        }
        List<VersionRange> out = new ArrayList<>();
        for (VersionRange r : ranges) {
            boolean exact = r.introduced().isPresent() && r.introduced().equals(r.lastAffected());
            if (r.lastAffected().isEmpty() || exact || !r.lastAffected().get().isBefore(fix.get())) {
                out.add(r);
                continue;
            }
            AgentVersion last = r.lastAffected().get();
            List<AgentVersion> between = releases.stream().filter(v -> last.isBefore(v) && v.isBefore(fix.get()))
                    .toList();
            List<AgentVersion> blocking = between.stream()
                    .filter(v -> !(v.sameDay(last) && !v.isBeta()) && !(v.sameDay(fix.get()) && v.isBeta())).toList();
            if (!blocking.isEmpty()) {
                notes.add("kept '<= " + last + "': the advice's fix " + fix.get() + " comes after other releases "
                        + blocking);
                out.add(r);
                continue;
            }
            List<AgentVersion> hotfixes = between.stream().filter(v -> v.sameDay(last)).toList();
            if (!hotfixes.isEmpty()) {
                defects.add("hotfix bound");
            }
            VersionRange widened = new VersionRange(r.introduced(), fix, Optional.empty());
            notes.add("'<= " + last + "' becomes '" + widened + "' (the advice's fix" + (hotfixes.isEmpty()
                    ? "; no release in between)" : "; covers the hotfixes " + hotfixes
                    + ", which npm semver sorts before " + last + ")"));
            out.add(widened);
        }
        return out;
    }

    private void markExtendedStable(List<VersionRange> ranges, List<String> notes, List<String> defects) {
        List<AgentVersion> extended = releases.stream().filter(AgentVersion::isExtendedStable)
                .filter(v -> ranges.stream().anyMatch(r -> r.contains(v)
                        && r.upper().map(end -> !end.sameMonth(v)).orElse(true)))
                .toList();
        if (!extended.isEmpty()) {
            defects.add("extended-stable");
            notes.add("extended-stable releases " + extended + " are in range; whether the fix was backported is"
                    + " not recorded, so verify reports 'may apply (extended-stable)' for them");
        }
    }

}
