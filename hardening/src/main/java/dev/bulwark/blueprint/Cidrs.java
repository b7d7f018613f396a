package dev.bulwark.blueprint;

import java.math.BigInteger;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses IPv4 and IPv6 CIDR blocks strictly: a prefix length is required and host bits must be zero. */
final class Cidrs {
    private static final Pattern IPV4 =
            Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:/(\\d{1,3}))?");
    private static final Pattern IPV6_TEXT = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    /** A well-formed block and its prefix length. */
    record Cidr(String text, int prefix) {
    }

    private Cidrs() {
    }

    /** The block, or a violation saying what is wrong with it. */
    static Result ipv4(String text) {
        Matcher m = IPV4.matcher(text);
        if (!m.matches()) {
            return IPV6_TEXT.matcher(text.split("/")[0]).matches()
                    ? Result.bad("is an IPv6 block", "put IPv6 blocks under admin.sshIpv6Cidrs")
                    : Result.bad("is not an IPv4 CIDR block", "write a.b.c.d/n, e.g. 203.0.113.0/24");
        }
        long address = 0;
        for (int i = 1; i <= 4; i++) {
            String octet = m.group(i);
            if ((octet.length() > 1 && octet.startsWith("0")) || Integer.parseInt(octet) > 255) {
                return Result.bad("octet `" + octet + "` is not 0-255 without leading zeros",
                        "write a.b.c.d/n, e.g. 203.0.113.0/24");
            }
            address = (address << 8) | Integer.parseInt(octet);
        }
        if (m.group(5) == null) {
            return Result.bad("has no prefix length", "write " + text + "/32 for this one address");
        }
        int prefix = Integer.parseInt(m.group(5));
        if (prefix > 32) {
            return Result.bad("prefix length /" + prefix + " is more than 32", "use /0 to /32");
        }
        long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
        if ((address & ~mask & 0xFFFFFFFFL) != 0) {
            long network = address & mask;
            String fixed = (network >> 24) + "." + ((network >> 16) & 255) + "." + ((network >> 8) & 255) + "."
                    + (network & 255) + "/" + prefix;
            return Result.bad("has host bits set", "did you mean `" + fixed + "`? (or " + m.group(1) + "."
                    + m.group(2) + "." + m.group(3) + "." + m.group(4) + "/32 for one address)");
        }
        return Result.good(new Cidr(text, prefix));
    }

    static Result ipv6(String text) {
        String[] parts = text.split("/", -1);
        if (IPV4.matcher(text).matches()) {
            return Result.bad("is an IPv4 block", "put IPv4 blocks under admin.sshCidrs");
        }
        if (parts.length > 2 || !IPV6_TEXT.matcher(parts[0]).matches()) {
            return Result.bad("is not an IPv6 CIDR block", "write address/prefix, e.g. 2001:db8:1234::/48");
        }
        byte[] address;
        try {
            InetAddress parsed = InetAddress.getByName(parts[0]); // a literal with ':' is never looked up in DNS
            if (!(parsed instanceof Inet6Address)) {
                return Result.bad("is an IPv4-mapped address", "put IPv4 blocks under admin.sshCidrs");
            }
            address = parsed.getAddress();
        } catch (UnknownHostException e) {
            return Result.bad("is not an IPv6 CIDR block", "write address/prefix, e.g. 2001:db8:1234::/48");
        }
        if (parts.length == 1) {
            return Result.bad("has no prefix length", "write " + text + "/128 for this one address");
        }
        if (!parts[1].matches("\\d{1,3}") || Integer.parseInt(parts[1]) > 128) {
            return Result.bad("prefix length must be 0-128", "e.g. 2001:db8:1234::/48");
        }
        int prefix = Integer.parseInt(parts[1]);
        BigInteger value = new BigInteger(1, address);
        BigInteger hostMask = BigInteger.ONE.shiftLeft(128 - prefix).subtract(BigInteger.ONE);
        if (value.and(hostMask).signum() != 0) {
            BigInteger network = value.andNot(hostMask);
            return Result.bad("has host bits set", "did you mean `" + format(network) + "/" + prefix + "`?");
        }
        return Result.good(new Cidr(text, prefix));
    }

    /** RFC 5952 text: lower-case, no leading zeros, the longest run of zero groups as {@code ::}. */
    static String format(BigInteger address) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = address.shiftRight(16 * (7 - i)).intValue() & 0xFFFF;
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = Math.max(i, j);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLength - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(groups[i]));
        }
        return sb.toString();
    }

    /** Either a block or what is wrong with the text. */
    record Result(Optional<Cidr> cidr, Optional<Violation> violation) {
        static Result good(Cidr cidr) {
            return new Result(Optional.of(cidr), Optional.empty());
        }

        static Result bad(String message, String hint) {
            return new Result(Optional.empty(), Violation.of(message, hint));
        }
    }
}
