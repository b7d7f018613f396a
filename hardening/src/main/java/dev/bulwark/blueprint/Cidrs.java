package dev.bulwark.blueprint;

import dev.bulwark.cidr.Cidr;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates the blueprint's IPv4 and IPv6 CIDR blocks strictly: a prefix length is required and host bits must be
 * zero. Parsing is {@link Cidr}'s; what is here only explains a refusal and suggests the fix.
 */
final class Cidrs {
    private static final Pattern IPV4 =
            Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:/(\\d{1,3}))?");
    private static final Pattern IPV6_TEXT = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final String IPV4_HINT = "write a.b.c.d/n, e.g. 203.0.113.0/24";
    private static final String IPV6_HINT = "write address/prefix, e.g. 2001:db8:1234::/48";

    private Cidrs() {
    }

    /** The block, or a violation saying what is wrong with it. */
    static Result ipv4(String text) {
        Optional<Cidr> parsed = Cidr.tryParse(text);
        if (parsed.isPresent() && parsed.get().isIpv6() || IPV6_TEXT.matcher(text.split("/")[0]).matches()) {
            return Result.bad("is an IPv6 block", "put IPv6 blocks under admin.sshIpv6Cidrs");
        }
        Matcher m = IPV4.matcher(text);
        if (parsed.isEmpty() || !m.matches()) {
            return m.matches() ? whyNotIpv4(m) : Result.bad("is not an IPv4 CIDR block", IPV4_HINT);
        }
        Cidr cidr = parsed.get();
        if (!cidr.hasPrefix()) {
            return Result.bad("has no prefix length", "write " + text + "/32 for this one address");
        }
        if (cidr.hasHostBits()) {
            return Result.bad("has host bits set", "did you mean `" + cidr.network() + "`? (or " + text.split("/")[0]
                    + "/32 for one address)");
        }
        return Result.good(cidr);
    }

    static Result ipv6(String text) {
        if (IPV4.matcher(text).matches()) {
            return Result.bad("is an IPv4 block", "put IPv4 blocks under admin.sshCidrs");
        }
        String[] parts = text.split("/", -1);
        Optional<Cidr> parsed = Cidr.tryParse(text);
        if (parts.length > 2 || !IPV6_TEXT.matcher(parts[0]).matches()
                || parsed.isEmpty() && Cidr.tryParse(parts[0]).isEmpty()) {
            return Result.bad("is not an IPv6 CIDR block", IPV6_HINT);
        }
        if (parsed.isEmpty()) {
            return Result.bad("prefix length must be 0-128", "e.g. 2001:db8:1234::/48");
        }
        Cidr cidr = parsed.get();
        if (!cidr.isIpv6() || parts[0].toLowerCase(Locale.ROOT).startsWith("::ffff:")) {
            return Result.bad("is an IPv4-mapped address", "put IPv4 blocks under admin.sshCidrs");
        }
        if (!cidr.hasPrefix()) {
            return Result.bad("has no prefix length", "write " + text + "/128 for this one address");
        }
        if (cidr.hasHostBits()) {
            return Result.bad("has host bits set", "did you mean `" + cidr.network() + "`?");
        }
        return Result.good(cidr);
    }

    /** Four dotted numbers the parser refused: an octet or the prefix is out of range. */
    private static Result whyNotIpv4(Matcher m) {
        for (int i = 1; i <= 4; i++) {
            String octet = m.group(i);
            if ((octet.length() > 1 && octet.startsWith("0")) || Integer.parseInt(octet) > 255) {
                return Result.bad("octet `" + octet + "` is not 0-255 without leading zeros", IPV4_HINT);
            }
        }
        return Result.bad("prefix length /" + m.group(5) + " is more than 32", "use /0 to /32");
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
