package dev.bulwark.verify.ports;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import java.util.List;

/** One port rule: a pure judgement of a {@link PortScanObservation}. */
public interface PortCheck {
    RuleInfo rule();

    List<Finding> evaluate(PortScanObservation observation);
}
