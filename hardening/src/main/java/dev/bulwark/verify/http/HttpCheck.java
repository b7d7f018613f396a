package dev.bulwark.verify.http;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;

/** One HTTP rule: a pure judgement of an {@link HttpObservation}. */
public interface HttpCheck {
    RuleInfo rule();

    /** False when the fetch this rule looks at gave nothing to judge (no answer in time). */
    boolean canEvaluate(HttpObservation observation);

    List<Finding> evaluate(HttpObservation observation, VerifyTarget target);
}
