package dev.bulwark.verify.tls;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;

/** One TLS rule: a pure judgement of a {@link TlsObservation}. */
public interface TlsCheck {
    RuleInfo rule();

    /** False when the observation lacks what this rule looks at (e.g. no certificate was seen). */
    default boolean canEvaluate(TlsObservation observation) {
        return true;
    }

    List<Finding> evaluate(TlsObservation observation, VerifyTarget target);
}
