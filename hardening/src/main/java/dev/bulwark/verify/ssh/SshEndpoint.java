package dev.bulwark.verify.ssh;

import java.util.Locale;

/**
 * Where an SSH server listens, as a user writes it: {@code host}, {@code host:2222}, {@code [2001:db8::1]:22}.
 * Parsed here so that {@code --ssh} and the host audit accept the same forms with the same messages.
 */
public record SshEndpoint(String host, int port) {
    public static final int DEFAULT_PORT = 22;

    public SshEndpoint {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the SSH host is empty; write it like 203.0.113.10 or host:2222");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SSH port " + port + " is outside 1-65535");
        }
        for (char c : host.toCharArray()) {
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == ':' || c == '_' || c == '%')) {
                throw new IllegalArgumentException("'" + host + "' is not a host name or IP address");
            }
        }
        host = host.toLowerCase(Locale.ROOT);
    }

    /** Reads {@code HOST}, {@code HOST:PORT}, {@code [IPV6]} or {@code [IPV6]:PORT}; a bare IPv6 address has no port. */
    public static SshEndpoint parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.startsWith("[")) {
            int close = t.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("'" + text + "' opens '[' without ']'; write [2001:db8::1]:22");
            }
            String rest = t.substring(close + 1);
            if (rest.isEmpty()) {
                return new SshEndpoint(t.substring(1, close), DEFAULT_PORT);
            }
            if (!rest.startsWith(":")) {
                throw new IllegalArgumentException("'" + text + "': expected ':PORT' after ']'");
            }
            return new SshEndpoint(t.substring(1, close), port(rest.substring(1), text));
        }
        int colon = t.indexOf(':');
        if (colon < 0 || t.indexOf(':', colon + 1) >= 0) {
            return new SshEndpoint(t, DEFAULT_PORT); // a name, or a bare IPv6 address
        }
        return new SshEndpoint(t.substring(0, colon), port(t.substring(colon + 1), text));
    }

    private static int port(String digits, String text) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "': '" + digits + "' is not a port number; write host:2222");
        }
    }

    /** {@code host:port}, with brackets around an IPv6 address; the target name in findings. */
    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
