package dev.bulwark.verify.http;

import dev.bulwark.verify.Check;

/** One HTTP rule: a pure judgement of an {@link HttpObservation}; {@link #canEvaluate} is false when the fetch it looks at gave nothing to judge. */
public interface HttpCheck extends Check<HttpObservation> {
}
