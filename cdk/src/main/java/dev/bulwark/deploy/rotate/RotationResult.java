package dev.bulwark.deploy.rotate;

import dev.bulwark.findings.Finding;
import java.util.List;

/**
 * How a rotation (or rollback) ended.
 *
 * @param outcome  proven, refuted by findings, or not provable
 * @param findings the proof's findings (never carrying a token)
 * @param message  one paragraph for the user, with the rollback command when it failed
 */
public record RotationResult(Outcome outcome, List<Finding> findings, String message) {
    public enum Outcome { PROVEN, FAILED, NOT_PROVEN }

    public RotationResult {
        findings = List.copyOf(findings);
    }
}
