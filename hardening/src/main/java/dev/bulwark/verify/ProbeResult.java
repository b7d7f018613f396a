package dev.bulwark.verify;

import dev.bulwark.findings.Finding;
import dev.bulwark.verify.net.ConnectionFailure;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What one probe did for one target, as the report keeps it: whether it could look, what it checked and found,
 * and how long it took. Anything but {@link Status#CHECKED} means "could not check", which is never a pass.
 *
 * @param ruleIds      every rule the probe can report (JUnit lists them as errors when the probe could not look)
 * @param rulesChecked the rules it evaluated; empty unless checked
 * @param findings     raw findings, before waivers
 * @param reason       one sentence for the user when not checked
 * @param failure      when not checked because the target could not be reached: the cause, shared by the probes
 *                     that hit it
 */
public record ProbeResult(String probeId, Status status, List<String> ruleIds, List<String> rulesChecked,
                          List<Finding> findings, Optional<String> reason, Duration duration,
                          Optional<ConnectionFailure> failure) {

    /** How a probe ended. */
    public enum Status {
        CHECKED, UNREACHABLE, TIMED_OUT, INTERNAL_ERROR;

        public boolean checked() {
            return this == CHECKED;
        }
    }

    public ProbeResult(String probeId, Status status, List<String> ruleIds, List<String> rulesChecked,
                       List<Finding> findings, Optional<String> reason, Duration duration) {
        this(probeId, status, ruleIds, rulesChecked, findings, reason, duration, Optional.empty());
    }

    public ProbeResult {
        ruleIds = List.copyOf(ruleIds);
        rulesChecked = List.copyOf(rulesChecked);
        findings = findings.stream().sorted(Finding.REPORT_ORDER).toList();
    }

    public static ProbeResult checked(String probeId, List<String> ruleIds, List<String> rulesChecked,
                                      List<Finding> findings, Duration duration) {
        return new ProbeResult(probeId, Status.CHECKED, ruleIds, rulesChecked, findings, Optional.empty(), duration);
    }

    public static ProbeResult notChecked(String probeId, Status status, List<String> ruleIds, String reason,
                                         Duration duration) {
        if (status.checked()) {
            throw new IllegalArgumentException("a probe that was not checked needs a non-CHECKED status");
        }
        return new ProbeResult(probeId, status, ruleIds, List.of(), List.of(), Optional.of(reason), duration);
    }

    /** A probe that could not look because the target could not be reached ({@code failure} says why). */
    public static ProbeResult unreachable(String probeId, List<String> ruleIds, ConnectionFailure failure,
                                          Duration duration) {
        return new ProbeResult(probeId, Status.UNREACHABLE, ruleIds, List.of(), List.of(),
                Optional.of(failure.describe()), duration, Optional.of(failure));
    }

    public boolean checked() {
        return status.checked();
    }
}
