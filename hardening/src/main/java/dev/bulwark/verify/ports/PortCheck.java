package dev.bulwark.verify.ports;

import dev.bulwark.verify.Check;

/** One port rule: a pure judgement of a {@link PortScanObservation}. */
public interface PortCheck extends Check<PortScanObservation> {
}
