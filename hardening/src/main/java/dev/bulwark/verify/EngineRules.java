package dev.bulwark.verify;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import java.util.List;
import java.util.Set;

/** Rules the engine itself reports, beside the probes' own: what could not be checked, and stale waivers. */
public final class EngineRules {
    public static final RuleInfo TARGET_UNREACHABLE = new RuleInfo("TARGET_UNREACHABLE", Severity.HIGH,
            "Target could not be checked",
            "Probes could not look at the target: the name did not resolve, the connection was refused or timed "
                    + "out, the TLS handshake failed or went unanswered, or the run's --timeout ran out. The "
                    + "evidence names the cause and the step; one finding stands for every probe stopped by the "
                    + "same cause. Nothing is known about the checks those probes cover, so the run exits 3; an "
                    + "unreachable target is never a pass.",
            "Follow the fix given with the cause. In general: make sure the URL and --host are the deployment's "
                    + "public address and reachable from where bulwark runs; raise --timeout if the network is "
                    + "slow.",
            List.of("docs/verify.md#exit-codes"));

    public static final RuleInfo PROBE_INTERNAL_ERROR = new RuleInfo("PROBE_INTERNAL_ERROR", Severity.HIGH,
            "A probe failed with an internal error",
            "A probe threw an unexpected exception. Its checks did not run, so the target counts as not checked "
                    + "(exit 3) rather than passed.",
            "Re-run with BULWARK_DEBUG=1 and report the error with the probe name.",
            List.of("docs/verify.md#exit-codes"));

    public static final RuleInfo WAIVER_EXPIRED = new RuleInfo("WAIVER_EXPIRED", Severity.MEDIUM,
            "A waiver has expired",
            "A waiver's expiry date has passed. It no longer suppresses anything, and it is reported itself so "
                    + "that accepted risks get reviewed instead of silently lasting forever.",
            "Fix the waived finding and delete the waiver, or review the risk and set a new expiry date.",
            List.of("docs/verify.md#waivers"));

    /** Rules that mean "could not check": they decide exit code 3 and can never be waived. */
    public static final Set<String> NOT_CHECKED_RULES = Set.of(TARGET_UNREACHABLE.id(), PROBE_INTERNAL_ERROR.id());

    private EngineRules() {
    }

    public static List<RuleInfo> all() {
        return List.of(PROBE_INTERNAL_ERROR, TARGET_UNREACHABLE, WAIVER_EXPIRED);
    }
}
