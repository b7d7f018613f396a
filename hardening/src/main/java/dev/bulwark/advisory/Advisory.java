package dev.bulwark.advisory;

import dev.bulwark.findings.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One published vulnerability of the agent gateway, kept as data so that adding an advisory never needs a code
 * change: the curated {@code advisories.yaml}, the imported {@code openclaw-advisories.osv.json} and any OSV
 * files a user passes with {@code --advisories}.
 *
 * @param id         our stable id, the CVE when there is one, else the GHSA
 * @param cve        the CVE id, if assigned
 * @param ghsa       the GitHub advisory ids
 * @param affected   the releases it affects (one or more ranges)
 * @param fixed      the first release that fixed it, when known
 * @param severity   how bad it is for an internet-facing gateway (see {@link ExposureSeverity})
 * @param summary    one sentence a user can act on
 * @param references where to read more
 * @param source     where the entry came from (shipped file or the user's OSV file)
 */
public record Advisory(String id, Optional<String> cve, List<String> ghsa, List<VersionRange> affected,
                       Optional<AgentVersion> fixed, Severity severity, String summary, List<String> references,
                       String source) {
    public Advisory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cve, "cve");
        ghsa = List.copyOf(ghsa);
        affected = List.copyOf(affected);
        if (affected.isEmpty()) {
            throw new IllegalArgumentException(id + ": no affected range");
        }
        Objects.requireNonNull(fixed, "fixed");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
        references = List.copyOf(references);
        Objects.requireNonNull(source, "source");
    }

    /** Whether {@code version} is in one of the affected ranges (plain comparison, no extended-stable doubt). */
    public boolean affects(AgentVersion version) {
        return affected.stream().anyMatch(r -> r.contains(version));
    }

    /**
     * How this advisory applies to {@code version}. An extended-stable release ({@code 2026.6.33}) inside a range
     * whose end lies outside its month line may carry a backported fix the data does not record: that is
     * {@link Applicability#MAY_APPLY_EXTENDED_STABLE}, never a claim.
     */
    public Optional<Applicability> applicability(AgentVersion version) {
        for (VersionRange range : affected) {
            if (range.contains(version)) {
                boolean backportUnknown = version.isExtendedStable()
                        && range.upper().map(end -> !end.sameMonth(version)).orElse(false);
                return Optional.of(backportUnknown ? Applicability.MAY_APPLY_EXTENDED_STABLE : Applicability.APPLIES);
            }
        }
        return Optional.empty();
    }

    /** Every id this advisory is known by: CVE first, then GHSA ids. */
    public List<String> ids() {
        List<String> ids = new ArrayList<>();
        cve.ifPresent(ids::add);
        ids.addAll(ghsa);
        if (ids.isEmpty()) {
            ids.add(id);
        }
        return ids;
    }

    /** Whether {@code anyId} names this advisory (id, CVE or GHSA; case-insensitive). */
    public boolean knownAs(String anyId) {
        return id.equalsIgnoreCase(anyId) || ids().stream().anyMatch(i -> i.equalsIgnoreCase(anyId));
    }

    /**
     * This entry, also known by the ids of {@code replaced} (an older entry of the same advisory it replaces): the
     * CVE when this one has none, and every GHSA id. The id stays the CVE when there is one.
     */
    public Advisory knownAlsoAs(Advisory replaced) {
        Optional<String> mergedCve = cve.or(replaced::cve);
        List<String> mergedGhsa = new ArrayList<>(ghsa);
        replaced.ghsa().stream().filter(g -> !mergedGhsa.contains(g)).forEach(mergedGhsa::add);
        String mergedId = mergedCve.orElse(id);
        return new Advisory(mergedId, mergedCve, mergedGhsa, affected, fixed, severity, summary, references, source);
    }

    /** {@code CVE-2026-25253 (GHSA-g8p2-7wf7-98mq)}, or whichever ids exist. */
    public String label() {
        List<String> ids = ids();
        if (ids.size() == 1) {
            return ids.get(0);
        }
        return ids.get(0) + " (" + String.join(", ", ids.subList(1, ids.size())) + ")";
    }

    /** The affected ranges as written, e.g. {@code >= 2026.6.6, < 2026.6.9}. */
    public String rangeText() {
        return String.join(" || ", affected.stream().map(VersionRange::toString).toList());
    }

    /** The release to upgrade to: the fix, else the release after the last affected one is unknown. */
    public String fixText() {
        return fixed.map(AgentVersion::toString).orElseGet(() -> affected.stream()
                .flatMap(r -> r.lastAffected().stream()).max(AgentVersion::compareTo)
                .map(last -> "a release after " + last).orElse("no fixed release known"));
    }
}
