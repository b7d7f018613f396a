package dev.bulwark.verify;

import dev.bulwark.findings.RuleInfo;
import java.util.List;

/**
 * One aspect of a live target examined from outside (TLS, HTTP, the gateway, open ports). A probe does the
 * network I/O, then hands what it observed to small pure checks (one class per rule) that produce findings.
 *
 * <p>A probe never throws for network trouble: a target that cannot be reached or times out is
 * {@link ProbeOutcome.Unreachable}, which the verifier turns into exit code 3 — never a pass.
 */
public interface Probe {
    /** Short stable name, e.g. {@code tls}, {@code http}, {@code gateway}, {@code ports}. */
    String id();

    /** Every rule this probe can report; feeds SARIF {@code rules[]}, JUnit test cases and docs/rules.md. */
    List<RuleInfo> rules();

    /** Whether this probe has anything to do for the target (e.g. the port scan needs {@code --host}). */
    default boolean appliesTo(VerifyTarget target) {
        return true;
    }

    /** Runs within {@code context.deadline()}; must return (not hang) once the deadline has passed. */
    ProbeOutcome run(VerifyTarget target, ProbeContext context) throws InterruptedException;
}
