package dev.bulwark.discover;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An agent gateway found on the network.
 *
 * @param address      the address scanned, e.g. {@code 127.0.0.1} or {@code ::1}
 * @param port         the TCP port
 * @param product      {@code OpenClaw}, {@code Clawdbot}, {@code Moltbot}, or {@code OpenClaw-family (brand hidden)}
 * @param version      the release, when it shows without credentials or only one release serves the page seen
 * @param versionRange   when several releases serve the page seen: all of them, oldest first (else empty)
 * @param tls          whether it answered over TLS
 * @param certificate  over TLS: {@code trusted}, or {@code untrusted: why}; empty for plain HTTP
 * @param authMode     {@code none}, {@code token}, {@code password}, {@code device identity}, or {@code unknown}
 * @param evidence     why it is a gateway: at least two independent signs, or the gateway's own handshake
 * @param url          where it answered, for {@code --verify}
 */
public record GatewayEndpoint(String address, int port, String product, Optional<String> version,
                              List<String> versionRange, boolean tls,
                              Optional<String> certificate, String authMode, List<String> evidence, URI url)
        implements Sighting {
    public static final String BRAND_HIDDEN = "OpenClaw-family (brand hidden)";

    /** {@code 2026.9.6}, {@code 2026.1.24 .. 2026.1.24-3 (one of 2 releases)}, or empty when not known. */
    public Optional<String> release() {
        if (version.isPresent() || versionRange.isEmpty()) {
            return version;
        }
        return Optional.of(versionRange.get(0) + " .. " + versionRange.get(versionRange.size() - 1) + " (one of "
                + versionRange.size() + " releases)");
    }

    public GatewayEndpoint {
        Objects.requireNonNull(product, "product");
        versionRange = List.copyOf(versionRange);
        evidence = List.copyOf(evidence);
    }
}
