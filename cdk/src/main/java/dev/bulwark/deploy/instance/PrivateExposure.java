package dev.bulwark.deploy.instance;

import dev.bulwark.blueprint.Admin;
import dev.bulwark.cdk.instance.FirewallPorts;
import dev.bulwark.deploy.aws.AwsErrors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.lightsail.model.InstancePortState;
import software.amazon.awssdk.services.lightsail.model.PortState;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code access.mode: private} means at the Lightsail firewall, checked on the live instance after deploy
 * (a private gateway has no public URL to verify): no port is open to the internet except SSH from the
 * blueprint's own admin networks. Lightsail's {@code GetInstancePortStates} is the one source that says what is
 * really open: the template's view can differ (the CloudFormation handler leaves private entries out of its call,
 * and a port opened by hand is not in the template at all).
 */
public final class PrivateExposure {
    private PrivateExposure() {
    }

    /** Every opening of {@code instanceName} a private gateway must not have, one line each; empty when private. */
    public static List<String> openings(LightsailClient lightsail, String instanceName, Admin admin) {
        try {
            return openings(lightsail.getInstancePortStates(b -> b.instanceName(instanceName)).portStates(), admin);
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "reading the firewall of instance " + instanceName);
        }
    }

    static List<String> openings(List<InstancePortState> states, Admin admin) {
        List<String> openings = new ArrayList<>();
        for (InstancePortState port : states) {
            if (port.state() != PortState.OPEN) {
                continue;
            }
            String range = port.fromPort().equals(port.toPort()) ? String.valueOf(port.fromPort())
                    : port.fromPort() + "-" + port.toPort();
            List<String> sources = new ArrayList<>(port.cidrs());
            sources.addAll(port.ipv6Cidrs());
            sources.addAll(port.cidrListAliases());
            boolean sshOnly = port.fromPort() == FirewallPorts.SSH_PORT && port.toPort() == FirewallPorts.SSH_PORT;
            List<String> outside = sources.stream().filter(source -> !admin.sshCidrs().contains(source)
                    && !admin.sshIpv6Cidrs().contains(source)).toList();
            if (!sshOnly) {
                openings.add(port.protocolAsString() + " " + range + " is open to " + String.join(", ", sources));
            } else if (!outside.isEmpty()) {
                openings.add("SSH is open to " + String.join(", ", outside)
                        + ", which are not in admin.sshCidrs/sshIpv6Cidrs");
            }
        }
        return List.copyOf(openings);
    }
}
