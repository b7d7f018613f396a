package dev.bulwark.verify;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import java.util.List;

/**
 * One rule as a pure judgement of what a probe observed: no I/O, so each is table-tested with hand-made
 * observations. An empty list means the target complies (or the rule does not apply to what was seen).
 *
 * @param <O> the probe's observation record
 */
public interface Check<O> {
    RuleInfo rule();

    /** False when the observation lacks what this rule looks at (e.g. no certificate was seen). */
    default boolean canEvaluate(O observation) {
        return true;
    }

    List<Finding> evaluate(O observation, VerifyTarget target);
}
