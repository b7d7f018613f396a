package dev.bulwark.cdk.nag;

import dev.bulwark.policy.HardeningPolicy;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 CIDR block as a firewall rule states it. A bare address counts as a single host.
 * Parsing accepts literals only; an address that is a name or an intrinsic function is refused, because the
 * rule could not tell how far it reaches.
 */
record Cidr(boolean ipv6, BigInteger network, int prefix) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    static Cidr parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        boolean v6 = IPV6.matcher(address).matches();
        if (!v6 && !IPV4.matcher(address).matches()) {
            throw new IllegalArgumentException("not a CIDR literal: '" + text + "'");
        }
        int width = v6 ? 128 : 32;
        int prefix;
        try {
            prefix = slash < 0 ? width : Integer.parseInt(trimmed.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a CIDR prefix length: '" + text + "'", e);
        }
        if (prefix < 0 || prefix > width) {
            throw new IllegalArgumentException("prefix length out of range in '" + text + "'");
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(address).getAddress(); // a literal: no name lookup happens
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: '" + text + "'", e);
        }
        if (v6 && bytes.length == 4) {
            bytes = ipv4Mapped(bytes); // Java turns ::ffff:a.b.c.d into an IPv4 address; keep the IPv6 form
        }
        if ((bytes.length == 16) != v6) {
            throw new IllegalArgumentException("mixed address family in '" + text + "'");
        }
        return new Cidr(v6, mask(new BigInteger(1, bytes), prefix, width), prefix);
    }

    /** Reachable from most of the internet: shorter than the policy's narrowest "internet" prefix (/8, /16). */
    boolean isWorldOpen(HardeningPolicy.Network network) {
        return prefix < (ipv6 ? network.minIpv6Prefix() : network.minIpv4Prefix());
    }

    /** Whether every address in {@code other} is inside this block. */
    boolean contains(Cidr other) {
        return ipv6 == other.ipv6 && other.prefix >= prefix
                && mask(other.network, prefix, ipv6 ? 128 : 32).equals(network);
    }

    private static byte[] ipv4Mapped(byte[] ipv4) {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(ipv4, 0, mapped, 12, 4);
        return mapped;
    }

    private static BigInteger mask(BigInteger value, int prefix, int width) {
        BigInteger hostBits = BigInteger.ONE.shiftLeft(width - prefix).subtract(BigInteger.ONE);
        return value.andNot(hostBits);
    }
}
