package dev.bulwark.verify.ports;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import dev.bulwark.verify.VerifyTarget;
import java.util.ArrayList;
import java.util.List;

/** The gateway port reachable from outside bypasses the TLS proxy and exposes the agent's control plane. */
public final class GatewayPortCheck extends AbstractCheck<PortScanObservation> implements PortCheck {
    public static final RuleInfo RULE = new RuleInfo("GATEWAY_PORT_EXPOSED", Severity.CRITICAL,
            "Agent gateway port is reachable on the instance",
            "A TCP connection to the OpenClaw gateway port (18789 unless the blueprint says otherwise) on the "
                    + "instance's public address succeeded. The gateway must be reached only through the TLS "
                    + "load balancer.",
            "Remove the port from the Lightsail instance firewall (bulwark's stack never opens it), bind the "
                    + "gateway to loopback or the private address, and rotate the gateway token, which may have "
                    + "been exposed.",
            List.of("https://docs.aws.amazon.com/lightsail/latest/userguide/understanding-firewall-and-port-mappings-in-amazon-lightsail.html"));

    public GatewayPortCheck() {
        super(RULE);
    }

    @Override
    public List<Finding> evaluate(PortScanObservation observation, VerifyTarget target) {
        List<Finding> findings = new ArrayList<>();
        for (WatchedPort port : observation.watched()) {
            if (!port.gateway()) {
                continue;
            }
            for (AddressScan address : observation.addresses()) {
                if (address.state(port.port()) == PortState.OPEN) {
                    findings.add(Finding.of(RULE, address.label() + ":" + port.port(), port.purpose()
                            + " accepted a TCP connection on " + observation.host() + " (" + address.label() + ")"));
                }
            }
        }
        return findings;
    }
}
