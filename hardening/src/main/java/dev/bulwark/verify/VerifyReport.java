package dev.bulwark.verify;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.waiver.Waiver;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The sorted, immutable result of one run of verify, audit-host or plan; every renderer reads this and nothing
 * else. For plan the one target is the synthesized stack and its rule packs are the "probes".
 *
 * @param command     the command that produced it ({@code verify}, {@code audit-host}, {@code plan}); the summary
 *                    line and the JUnit suite name say it
 * @param runFindings findings that belong to the run rather than to one deployment ({@code WAIVER_EXPIRED})
 * @param rules       every rule the run could report (SARIF {@code rules[]}), sorted by id
 * @param waivers     the waivers in force for this run, in file order
 */
public record VerifyReport(String tool, String version, Instant started, Instant finished, Duration elapsed,
                           List<TargetReport> targets, List<ReportedFinding> runFindings, List<RuleInfo> rules,
                           List<Waiver> waivers, String command) {

    public VerifyReport {
        command = command == null || command.isBlank() ? "verify" : command;
        targets = targets.stream().sorted(Comparator.comparing(TargetReport::name)).toList();
        runFindings = runFindings.stream().sorted(ReportedFinding.REPORT_ORDER).toList();
        rules = rules.stream().sorted(Comparator.comparing(RuleInfo::id)).toList();
        waivers = List.copyOf(waivers);
    }

    /** A verify report (the command name defaults to {@code verify}). */
    public VerifyReport(String tool, String version, Instant started, Instant finished, Duration elapsed,
                        List<TargetReport> targets, List<ReportedFinding> runFindings, List<RuleInfo> rules,
                        List<Waiver> waivers) {
        this(tool, version, started, finished, elapsed, targets, runFindings, rules, waivers, "verify");
    }

    /** The same report, attributed to {@code otherCommand} (audit-host runs the verifier's engine). */
    public VerifyReport withCommand(String otherCommand) {
        return new VerifyReport(tool, version, started, finished, elapsed, targets, runFindings, rules, waivers,
                otherCommand);
    }

    /** Counts for the summary line and the JSON {@code summary} object; only unwaived findings are counted by severity. */
    public record Summary(Map<Severity, Integer> bySeverity, int waived, int targets, int targetsNotChecked,
                          int checks) {
        public Summary {
            bySeverity = Map.copyOf(bySeverity);
        }

        public int unwaived() {
            return bySeverity.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Every finding in report order: per target (targets sorted by name), then the run's own. */
    public List<ReportedFinding> allFindings() {
        List<ReportedFinding> all = new ArrayList<>();
        targets.forEach(t -> all.addAll(t.findings()));
        all.addAll(runFindings);
        return List.copyOf(all);
    }

    /** The waivers that suppressed at least one finding in this run, in file order. */
    public List<Waiver> appliedWaivers() {
        List<Waiver> used = allFindings().stream().flatMap(f -> f.waiver().stream()).distinct().toList();
        return waivers.stream().filter(used::contains).toList();
    }

    /**
     * The waivers in force (not expired) that matched no finding in this run, in file order: worth a note, since
     * a waiver that matches nothing is stale or aimed at the wrong target.
     */
    public List<Waiver> unusedWaivers() {
        java.time.LocalDate today = java.time.LocalDate.ofInstant(started, java.time.ZoneOffset.UTC);
        List<Waiver> used = appliedWaivers();
        return waivers.stream().filter(w -> !w.expiredOn(today) && !used.contains(w)).toList();
    }

    /** One line per {@link #unusedWaivers()}, the same in every renderer. */
    public List<String> unusedWaiverNotes() {
        return unusedWaivers().stream().map(w -> "waiver for " + w.ruleId() + " on " + w.target() + " ("
                + w.location() + ") matched nothing in this run").toList();
    }

    public Summary summary() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        int waived = 0;
        for (ReportedFinding f : allFindings()) {
            if (f.waived()) {
                waived++;
            } else {
                counts.merge(f.finding().severity(), 1, Integer::sum);
            }
        }
        int notChecked = (int) targets.stream().filter(t -> !t.checked()).count();
        int checks = targets.stream().mapToInt(t -> t.rulesChecked().size()).sum();
        return new Summary(counts, waived, targets.size(), notChecked, checks);
    }

    /**
     * The run's verdict for {@code --fail-on threshold}. Precedence: any target not fully checked gives
     * {@link Verdict#NOT_CHECKED} (exit 3) whatever was found elsewhere; otherwise any unwaived finding at or above
     * the threshold gives {@link Verdict#FINDINGS} (exit 1); otherwise {@link Verdict#PASSED} (exit 0). A run with
     * no targets is not a pass either.
     */
    public Verdict verdict(Severity threshold) {
        if (targets.isEmpty() || targets.stream().anyMatch(t -> !t.checked())) {
            return Verdict.NOT_CHECKED;
        }
        boolean failing = allFindings().stream()
                .anyMatch(f -> !f.waived() && f.finding().severity().isAtLeast(threshold));
        return failing ? Verdict.FINDINGS : Verdict.PASSED;
    }

    /** {@link #verdict(Severity)} as a process exit code: 0, 1 or 3. */
    public int exitCode(Severity threshold) {
        return verdict(threshold).exitCode();
    }
}
