package dev.bulwark.verify.ports;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import dev.bulwark.verify.VerifyTarget;
import java.util.ArrayList;
import java.util.List;

/**
 * An address of the host that could not be scanned (typically IPv6 from a machine without IPv6) may expose what
 * the other address hides; saying nothing would let it pass unseen.
 */
public final class ScanCoverageCheck extends AbstractCheck<PortScanObservation> implements PortCheck {
    public static final RuleInfo RULE = new RuleInfo("PORT_SCAN_INCOMPLETE", Severity.MEDIUM,
            "An address of the host could not be scanned",
            "Every connection attempt to one of the host's addresses failed with 'network unreachable' or "
                    + "'no route to host' while another address answered, so that address's ports are unknown. "
                    + "This is usual for IPv6 when the machine running bulwark has no IPv6 route.",
            "Run bulwark verify from a machine with IPv6 connectivity, or make the instance IPv4-only "
                    + "(network.ipAddressType: ipv4 in the blueprint).",
            List.of());

    public ScanCoverageCheck() {
        super(RULE);
    }

    @Override
    public List<Finding> evaluate(PortScanObservation observation, VerifyTarget target) {
        List<Finding> findings = new ArrayList<>();
        if (observation.nothingAnswered() && !observation.firewalled()) {
            return findings; // the whole host is unreachable: the probe says so instead
        }
        for (AddressScan address : observation.addresses()) {
            boolean allUnreachable = !address.states().isEmpty()
                    && address.states().values().stream().allMatch(s -> s == PortState.UNREACHABLE);
            if (allUnreachable) {
                findings.add(Finding.of(RULE, address.label(), "No route from this machine to " + address.label()
                        + " (" + observation.host() + "); its " + address.states().size() + " ports were not scanned"));
            }
        }
        return findings;
    }
}
