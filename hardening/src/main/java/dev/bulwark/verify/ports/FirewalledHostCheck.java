package dev.bulwark.verify.ports;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;

/**
 * Every port of an address timed out. From outside, a hardened instance (Lightsail's firewall drops what it does
 * not allow) looks exactly like this, so it is not a failure; but a wrong or stopped host does too, so the report
 * says so instead of passing silently.
 */
public final class FirewalledHostCheck extends AbstractCheck<PortScanObservation> implements PortCheck {
    public static final RuleInfo RULE = new RuleInfo("PORT_ALL_FILTERED", Severity.INFO,
            "No port on the host answered: every connection attempt timed out",
            "A firewall that drops everything not allowed (Lightsail's, for a hardened instance) makes every port "
                    + "time out; so does a host that is down or an address that is not the instance's. Nothing "
                    + "was seen open, but the scan cannot tell these apart.",
            "Check that --host is the instance's public (static) IP. To see refused rather than dropped ports, run "
                    + "verify from an admin network the instance's firewall allows.",
            List.of());

    public FirewalledHostCheck() {
        super(RULE);
    }

    @Override
    public List<Finding> evaluate(PortScanObservation observation, VerifyTarget target) {
        if (!observation.nothingAnswered() || !observation.firewalled()) {
            return List.of();
        }
        return observation.addresses().stream()
                .filter(a -> a.states().values().stream().allMatch(s -> s == PortState.FILTERED))
                .map(a -> Finding.of(RULE, a.label(), a.states().size() + " ports on " + a.label() + " ("
                        + observation.host() + ") all timed out"))
                .toList();
    }
}
