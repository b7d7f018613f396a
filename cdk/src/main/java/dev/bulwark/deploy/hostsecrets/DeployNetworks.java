package dev.bulwark.deploy.hostsecrets;

import dev.bulwark.blueprint.Admin;
import dev.bulwark.cidr.Cidr;
import dev.bulwark.deploy.DeployException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The host firewall admits SSH only from the admin and deploy networks, so a just-in-time window opened for an
 * address outside them would reach Lightsail's firewall and then be dropped by the host: refuse that up front.
 */
public final class DeployNetworks {
    private DeployNetworks() {
    }

    /**
     * The deployer's one address as a /32 ({@link HostSecretDelivery#singleAddressCidr}), refused unless the host
     * firewall admits SSH from it ({@link #requireInside}).
     */
    public static String deployerCidr(Admin admin, String address, Path blueprintFile) {
        String cidr = HostSecretDelivery.singleAddressCidr(address);
        requireInside(admin, cidr, blueprintFile);
        return cidr;
    }

    /**
     * @param deployerCidr the deployer's address as a single-address CIDR ({@code 198.51.100.7/32})
     * @param blueprintFile named in the fix
     */
    public static void requireInside(Admin admin, String deployerCidr, Path blueprintFile) {
        Cidr deployer = Cidr.parse(deployerCidr);
        List<String> networks = new ArrayList<>(admin.hostSshCidrs());
        networks.addAll(admin.hostSshIpv6Cidrs());
        for (String network : networks) {
            if (Cidr.parse(network).contains(deployer)) {
                return;
            }
        }
        throw DeployException.usage("the host firewall admits SSH only from admin.sshCidrs and admin.deployCidrs "
                + (networks.isEmpty() ? "(both empty)" : networks.toString()) + ", so deploy from "
                + deployerCidr + " could not deliver the credentials: add your deploy network to admin.deployCidrs in "
                + blueprintFile + ", or run deploy from inside it");
    }
}
