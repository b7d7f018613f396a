package dev.bulwark.deploy.hostsecrets;

import dev.bulwark.deploy.Console;
import dev.bulwark.deploy.aws.AwsErrors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.lightsail.model.InstancePortState;
import software.amazon.awssdk.services.lightsail.model.NetworkProtocol;
import software.amazon.awssdk.services.lightsail.model.PortInfo;

/**
 * Port 22 open to one address for as long as this object lives, and only when it was not open to that address
 * already (an admin CIDR from the blueprint). Closing it removes exactly the rule it added.
 */
public final class SshWindow implements AutoCloseable {
    private final LightsailClient lightsail;
    private final Console console;
    private final String instanceName;
    private final PortInfo opened;

    private SshWindow(LightsailClient lightsail, Console console, String instanceName, PortInfo opened) {
        this.lightsail = lightsail;
        this.console = console;
        this.instanceName = instanceName;
        this.opened = opened;
    }

    /**
     * @param cidr    the one address SSH opens to, e.g. {@code 198.51.100.7/32}
     * @param purpose what the window is for, as the console line says it (e.g. {@code "the credential delivery"})
     */
    public static SshWindow open(LightsailClient lightsail, Console console, String instanceName, String cidr,
                                 String purpose) {
        try {
            boolean alreadyOpen = lightsail.getInstancePortStates(b -> b.instanceName(instanceName)).portStates()
                    .stream().anyMatch(port -> covers22(port) && port.cidrs().contains(cidr));
            if (alreadyOpen) {
                return new SshWindow(lightsail, console, instanceName, null);
            }
            PortInfo port = PortInfo.builder().fromPort(22).toPort(22).protocol(NetworkProtocol.TCP).cidrs(cidr).build();
            lightsail.openInstancePublicPorts(b -> b.instanceName(instanceName).portInfo(port));
            console.line("Opened SSH on " + instanceName + " to " + cidr + " only, for " + purpose + ".");
            return new SshWindow(lightsail, console, instanceName, port);
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "opening SSH on " + instanceName + " to " + cidr);
        }
    }

    public boolean openedHere() {
        return opened != null;
    }

    @Override
    public void close() {
        if (opened == null) {
            return;
        }
        try {
            lightsail.closeInstancePublicPorts(b -> b.instanceName(instanceName).portInfo(opened));
            console.line("Closed SSH on " + instanceName + " again.");
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "closing SSH on " + instanceName + " (close it in the Lightsail console:"
                    + " Networking, IPv4 firewall, port 22 from " + opened.cidrs() + ")");
        }
    }

    private static boolean covers22(InstancePortState port) {
        return "tcp".equalsIgnoreCase(port.protocolAsString()) && port.fromPort() <= 22 && port.toPort() >= 22
                && "open".equalsIgnoreCase(port.stateAsString());
    }
}
