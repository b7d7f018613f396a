package dev.bulwark.discover;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A contiguous block of IPv4 or IPv6 addresses to scan: a CIDR ({@code 127.5.0.0/16}, {@code ::1/128}) or one
 * address. Host bits in a CIDR are ignored ({@code 127.5.3.9/16} is {@code 127.5.0.0/16}), as nmap does.
 *
 * @param text     what the user wrote, or the name it was resolved from
 * @param first    the block's first address as an unsigned number
 * @param bits     32 for IPv4, 128 for IPv6
 * @param prefix   the prefix length
 */
public record AddressBlock(String text, BigInteger first, int bits, int prefix) {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /** The block, or empty when {@code text} is not an address literal (then it may be a name). */
    public static Optional<AddressBlock> parseLiteral(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length > 2 || !(IPV4.matcher(parts[0]).matches() || parts[0].contains(":"))) {
            return Optional.empty();
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(parts[0]); // a literal: never a DNS lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("`" + text + "` is not a valid IPv4 or IPv6 address");
        }
        if (IPV4.matcher(parts[0]).matches() && Arrays.stream(parts[0].split("\\."))
                .anyMatch(octet -> Integer.parseInt(octet) > 255)) {
            throw new IllegalArgumentException("`" + text + "` has an octet above 255");
        }
        int bits = address instanceof Inet4Address ? 32 : 128;
        int prefix = bits;
        if (parts.length == 2) {
            if (!parts[1].matches("\\d{1,3}") || Integer.parseInt(parts[1]) > bits) {
                throw new IllegalArgumentException("`" + text + "`: the prefix length must be 0-" + bits);
            }
            prefix = Integer.parseInt(parts[1]);
        }
        return Optional.of(of(text, address, prefix));
    }

    /** The block of {@code prefix} bits around {@code address}. */
    public static AddressBlock of(String text, InetAddress address, int prefix) {
        int bits = address instanceof Inet4Address ? 32 : 128;
        BigInteger value = new BigInteger(1, address.getAddress());
        BigInteger hostMask = BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
        return new AddressBlock(text, value.andNot(hostMask), bits, prefix);
    }

    /** How many addresses the block holds. */
    public BigInteger size() {
        return BigInteger.ONE.shiftLeft(bits - prefix);
    }

    /** The address {@code offset} places after the first one. */
    public InetAddress addressAt(long offset) {
        byte[] raw = first.add(BigInteger.valueOf(offset)).toByteArray();
        byte[] address = new byte[bits / 8];
        int copy = Math.min(raw.length, address.length);
        System.arraycopy(raw, raw.length - copy, address, address.length - copy, copy);
        try {
            return InetAddress.getByAddress(address);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("a " + address.length + "-byte address is always valid", e);
        }
    }
}
