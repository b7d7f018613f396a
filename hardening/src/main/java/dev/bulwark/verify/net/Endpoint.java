package dev.bulwark.verify.net;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;

/**
 * A host and port to connect to, taken from a target URL. The host is kept without IPv6 brackets so it can be
 * compared with certificate names and resolved; {@link #toString()} puts them back.
 */
public record Endpoint(String host, int port) {
    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    public Endpoint {
        host = unbracket(host).toLowerCase(Locale.ROOT);
    }

    /** The endpoint {@code url} names, using 443 for https and 80 for http when it has no port. */
    public static Endpoint of(URI url) {
        if (url.getHost() == null) {
            throw new IllegalArgumentException("URL " + url + " has no host; pass e.g. https://agent.example.com/");
        }
        int port = url.getPort() != -1 ? url.getPort() : "http".equalsIgnoreCase(url.getScheme()) ? 80 : 443;
        return new Endpoint(url.getHost(), port);
    }

    /** Whether {@code host} is an IPv4 or IPv6 literal rather than a DNS name. */
    public static boolean isIpLiteral(String host) {
        String bare = unbracket(host);
        return bare.indexOf(':') >= 0 || IPV4_LITERAL.matcher(bare).matches();
    }

    /** The literal's address, without any DNS lookup; empty for a DNS name. */
    public static Optional<InetAddress> literalAddress(String host) {
        if (!isIpLiteral(host)) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(unbracket(host)));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /**
     * An address as people write it: {@code 192.0.2.1}, or IPv6 in brackets with the longest run of zero groups
     * shortened ({@code [2001:db8::1]}, where Java alone would print {@code 2001:db8:0:0:0:0:0:1}).
     */
    public static String label(InetAddress address) {
        String text = address.getHostAddress();
        if (text.indexOf(':') < 0) {
            return text;
        }
        int percent = text.indexOf('%');
        String scope = percent < 0 ? "" : text.substring(percent);
        String[] groups = (percent < 0 ? text : text.substring(0, percent)).split(":");
        int bestStart = -1;
        int bestLength = 1; // a single zero group is not shortened (RFC 5952 section 4.2.2)
        for (int i = 0; i < groups.length; i++) {
            int length = 0;
            while (i + length < groups.length && groups[i + length].equals("0")) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }
        String shortened = bestStart < 0 ? String.join(":", groups)
                : String.join(":", Arrays.copyOfRange(groups, 0, bestStart)) + "::"
                        + String.join(":", Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
        return "[" + shortened + scope + "]";
    }

    /** SNI for a DNS name; none for an IP literal or a name SNI cannot carry (the server then picks its default). */
    public Optional<SNIServerName> serverName() {
        if (isIpLiteral(host)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SNIHostName(host));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code host:port}, or {@code [v6]:port}; how endpoints appear in evidence. */
    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    private static String unbracket(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
