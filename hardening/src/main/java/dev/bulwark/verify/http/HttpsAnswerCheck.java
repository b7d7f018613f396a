package dev.bulwark.verify.http;

import dev.bulwark.findings.Finding;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;

/** An HTTP rule about the answer to the HTTPS request: nothing to judge when the HTTPS fetch got no answer. */
public interface HttpsAnswerCheck extends HttpCheck {

    @Override
    default boolean canEvaluate(HttpObservation observation) {
        return observation.https() instanceof FetchResult.Answered;
    }

    @Override
    default List<Finding> evaluate(HttpObservation observation, VerifyTarget target) {
        return evaluate((FetchResult.Answered) observation.https(), observation, target);
    }

    /** The findings on the HTTPS answer. */
    List<Finding> evaluate(FetchResult.Answered response, HttpObservation observation, VerifyTarget target);
}
