package dev.bulwark.discover;

import java.net.InetAddress;
import java.net.InetSocketAddress;

/** A TCP port that accepted a connection. */
public record OpenPort(InetAddress address, int port) {
    public static OpenPort of(InetSocketAddress endpoint) {
        return new OpenPort(endpoint.getAddress(), endpoint.getPort());
    }

    /** {@code 127.0.0.1} or {@code ::1} (without brackets). */
    public String host() {
        return address.getHostAddress();
    }

    /** The authority for a URL: {@code 127.0.0.1:18789} or {@code [::1]:18789}. */
    public String authority() {
        String host = host();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
