package dev.bulwark.verify.tls;

import dev.bulwark.verify.net.Endpoint;
import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * RFC 6125 server identity as browsers apply it: a DNS name matches a subjectAltName dNSName (case-insensitive,
 * a wildcard only as the whole left-most label and covering exactly one label); an IP literal matches only an
 * iPAddress SAN. The subject CN is ignored, as browsers have done since 2017.
 */
final class HostnameMatcher {
    private HostnameMatcher() {
    }

    static boolean matches(String expected, List<String> dnsNames, List<String> ipAddresses) {
        Optional<InetAddress> literal = Endpoint.literalAddress(expected);
        if (literal.isPresent()) {
            return ipAddresses.stream()
                    .map(Endpoint::literalAddress)
                    .flatMap(Optional::stream)
                    .anyMatch(literal.get()::equals);
        }
        String host = normalize(expected);
        return dnsNames.stream().map(HostnameMatcher::normalize).anyMatch(pattern -> matchesName(host, pattern));
    }

    private static boolean matchesName(String host, String pattern) {
        if (!pattern.startsWith("*.")) {
            return !pattern.contains("*") && pattern.equals(host);
        }
        String suffix = pattern.substring(1); // ".example.com"
        if (suffix.contains("*") || suffix.indexOf('.', 1) < 0) {
            return false; // "*.*.com" or "*.com": never valid
        }
        int firstDot = host.indexOf('.');
        return firstDot > 0 && host.substring(firstDot).equals(suffix);
    }

    private static String normalize(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
