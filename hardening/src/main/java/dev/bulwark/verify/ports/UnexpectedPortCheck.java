package dev.bulwark.verify.ports;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import dev.bulwark.verify.VerifyTarget;
import java.util.ArrayList;
import java.util.List;

/** Every service reachable on the instance beyond the allowed ports is attack surface the design did not intend. */
public final class UnexpectedPortCheck extends AbstractCheck<PortScanObservation> implements PortCheck {
    public static final RuleInfo RULE = new RuleInfo("PORT_UNEXPECTED_OPEN", Severity.HIGH,
            "Unexpected port is open on the instance",
            "A TCP connection succeeded to a port that the hardened design keeps closed on the instance's public "
                    + "address: OpenClaw's bridge, browser-control, canvas or DevTools ports, or an admin, "
                    + "database or developer service.",
            "Close the port in the Lightsail instance firewall and bind the service to loopback. If the port is "
                    + "meant to be open (e.g. SSH for admin CIDRs), declare it in the blueprint.",
            List.of("https://docs.aws.amazon.com/lightsail/latest/userguide/understanding-firewall-and-port-mappings-in-amazon-lightsail.html"));

    public UnexpectedPortCheck() {
        super(RULE);
    }

    @Override
    public List<Finding> evaluate(PortScanObservation observation, VerifyTarget target) {
        List<Finding> findings = new ArrayList<>();
        for (WatchedPort port : observation.watched()) {
            if (port.gateway()) {
                continue;
            }
            for (AddressScan address : observation.addresses()) {
                if (address.state(port.port()) == PortState.OPEN) {
                    findings.add(Finding.of(RULE, address.label() + ":" + port.port(), port.purpose()
                            + " port accepted a TCP connection on " + observation.host() + " (" + address.label()
                            + ")"));
                }
            }
        }
        return findings;
    }
}
