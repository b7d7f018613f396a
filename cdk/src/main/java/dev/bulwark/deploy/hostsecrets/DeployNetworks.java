package dev.bulwark.deploy.hostsecrets;

import dev.bulwark.blueprint.Admin;
import dev.bulwark.deploy.DeployException;

import java.net.InetAddress;
import java.net.UnknownHostException;
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
     * @param deployerCidr the deployer's address as a single-address CIDR ({@code 198.51.100.7/32})
     * @param blueprintFile named in the fix
     */
    public static void requireInside(Admin admin, String deployerCidr, Path blueprintFile) {
        byte[] address = bytes(deployerCidr.substring(0, deployerCidr.indexOf('/')));
        List<String> networks = new ArrayList<>(admin.hostSshCidrs());
        networks.addAll(admin.hostSshIpv6Cidrs());
        for (String network : networks) {
            if (contains(network, address)) {
                return;
            }
        }
        throw DeployException.usage("the host firewall admits SSH only from admin.sshCidrs and admin.deployCidrs "
                + (networks.isEmpty() ? "(both empty)" : networks.toString()) + ", so deploy from "
                + deployerCidr + " could not deliver the credentials: add your deploy network to admin.deployCidrs in "
                + blueprintFile + ", or run deploy from inside it");
    }

    static boolean contains(String network, byte[] address) {
        int slash = network.indexOf('/');
        byte[] base = bytes(slash < 0 ? network : network.substring(0, slash));
        if (base.length != address.length) {
            return false;
        }
        int prefix = slash < 0 ? base.length * 8 : Integer.parseInt(network.substring(slash + 1));
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((base[bit / 8] & mask) != (address[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** Literal addresses only (the blueprint and the /32 are validated already): no name lookup happens. */
    private static byte[] bytes(String literal) {
        if (!literal.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("not an address literal: " + literal);
        }
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address literal: " + literal, e);
        }
    }
}
