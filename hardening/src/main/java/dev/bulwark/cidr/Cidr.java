package dev.bulwark.cidr;

import inet.ipaddr.AddressStringParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import java.util.Optional;

/**
 * An IPv4 or IPv6 address or CIDR block, as blueprints, firewall rules and deploy state write them; the one CIDR
 * type of bulwark (blueprint validation, the plan rules, deploy), on the IPAddress library. Literals only: a name
 * is refused, never looked up. A bare address is a single host; {@link #hasPrefix()} tells the two apart for
 * callers that insist on a prefix. An IPv4-mapped IPv6 address stays IPv6.
 */
public final class Cidr {
    private static final IPAddressStringParameters LITERALS = literals();

    private final String text;
    private final IPAddress address;

    private Cidr(String text, IPAddress address) {
        this.text = text;
        this.address = address;
    }

    /** {@code text} as an address or block, or empty when it is neither (names, ranges, zones, wildcards). */
    public static Optional<Cidr> tryParse(String text) {
        String trimmed = text.trim();
        IPAddress address = new IPAddressString(trimmed, LITERALS).getAddress();
        return address == null ? Optional.empty() : Optional.of(new Cidr(trimmed, address));
    }

    /** @throws IllegalArgumentException when {@code text} is not an address or CIDR literal */
    public static Cidr parse(String text) {
        return tryParse(text).orElseThrow(() ->
                new IllegalArgumentException("not an IP address or CIDR block: '" + text + "'"));
    }

    public boolean isIpv6() {
        return address.isIPv6();
    }

    /** Whether a prefix length was written. */
    public boolean hasPrefix() {
        return address.getNetworkPrefixLength() != null;
    }

    /** The prefix length; a bare address is a /32 or /128. */
    public int prefix() {
        Integer prefix = address.getNetworkPrefixLength();
        return prefix == null ? address.getBitCount() : prefix;
    }

    /** Whether the address part has bits set beyond the prefix ({@code 203.0.113.7/24}). */
    public boolean hasHostBits() {
        return hasPrefix() && !address.getLower().withoutPrefixLength()
                .equals(block().getLower().withoutPrefixLength());
    }

    /** The block this names, canonical ({@code 203.0.113.0/24}, {@code 2001:db8::/48}; RFC 5952 for IPv6). */
    public String network() {
        return block().toCanonicalString();
    }

    /** Whether every address in {@code other} is inside this block. */
    public boolean contains(Cidr other) {
        return isIpv6() == other.isIpv6() && block().contains(other.block());
    }

    private IPAddress block() {
        return hasPrefix() ? address.toPrefixBlock() : address;
    }

    /** As written (trimmed). */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cidr other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    private static IPAddressStringParameters literals() {
        IPAddressStringParameters.Builder builder = new IPAddressStringParameters.Builder()
                .allowEmpty(false).allowSingleSegment(false).allowMask(false)
                .allowPrefixOnly(false).allowWildcardedSeparator(false)
                .setRangeOptions(AddressStringParameters.RangeParameters.NO_RANGE)
                .allow_inet_aton(false);
        builder.getIPv4AddressParametersBuilder().allowLeadingZeros(false);
        builder.getIPv4AddressParametersBuilder().allowPrefixesBeyondAddressSize(false);
        builder.getIPv6AddressParametersBuilder().allowPrefixesBeyondAddressSize(false);
        builder.getIPv6AddressParametersBuilder().allowZone(false);
        return builder.toParams();
    }
}
