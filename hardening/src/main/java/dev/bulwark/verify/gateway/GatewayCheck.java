package dev.bulwark.verify.gateway;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;

/**
 * One rule about the gateway as seen from outside: a pure function of what the probe observed. An empty list means
 * the target complies (or the rule does not apply to what was seen).
 */
public interface GatewayCheck {
    RuleInfo rule();

    List<Finding> evaluate(GatewayObservation observation, VerifyTarget target);
}
