package dev.bulwark.verify.waiver;

import dev.bulwark.findings.Finding;
import dev.bulwark.verify.EngineRules;
import dev.bulwark.verify.ReportedFinding;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The waivers of one run, judged against one date: active ones suppress findings, expired ones suppress nothing
 * and become {@code WAIVER_EXPIRED} findings themselves.
 */
public final class Waivers {
    private static final Waivers NONE = new Waivers(List.of());
    private final List<Waiver> waivers;

    private Waivers(List<Waiver> waivers) {
        this.waivers = List.copyOf(waivers);
    }

    public static Waivers none() {
        return NONE;
    }

    public static Waivers of(List<Waiver> waivers) {
        return new Waivers(waivers);
    }

    public List<Waiver> all() {
        return waivers;
    }

    /** The first active waiver covering {@code finding} on deployment {@code targetName}, if any. */
    public Optional<Waiver> find(Finding finding, String targetName, LocalDate today) {
        if (EngineRules.NOT_CHECKED_RULES.contains(finding.ruleId())) {
            return Optional.empty();
        }
        return waivers.stream()
                .filter(w -> !w.expiredOn(today))
                .filter(w -> w.covers(finding.ruleId(), finding.target(), targetName))
                .findFirst();
    }

    /** One {@code WAIVER_EXPIRED} finding per expired waiver, located at its entry in the waivers file. */
    public List<ReportedFinding> expiredFindings(LocalDate today) {
        return waivers.stream()
                .filter(w -> w.expiredOn(today))
                .map(w -> ReportedFinding.unwaived(Finding.of(EngineRules.WAIVER_EXPIRED, w.target(),
                        "waiver for " + w.ruleId() + " on " + w.target() + " expired on " + w.expires()
                                + " (" + w.location() + "); it was accepted because: " + w.reason()),
                        Optional.of(w.location())))
                .toList();
    }
}
