package dev.bulwark.deploy.rotate;

import dev.bulwark.findings.Finding;
import java.util.List;

/**
 * How a rotation (or rollback) ended.
 *
 * @param outcome  proven, refuted by findings, not provable, or delivered where no outside proof exists (provider keys)
 * @param findings the proof's findings (never carrying a token)
 * @param message  one paragraph for the user, with the rollback command when it failed
 */
public record RotationResult(Outcome outcome, List<Finding> findings, String message) {
    public enum Outcome {
        /** New value accepted, old refused, shown from outside. */
        PROVEN,
        /** The proof found the old value still accepted or the new one refused. */
        FAILED,
        /** The gateway did not answer (or not clearly): nothing was shown either way. */
        NOT_PROVEN,
        /** Stored and delivered, the gateway answers again; nothing outside can prove more (a provider key). */
        DELIVERED
    }

    public RotationResult {
        findings = List.copyOf(findings);
    }
}
