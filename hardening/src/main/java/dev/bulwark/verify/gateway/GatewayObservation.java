package dev.bulwark.verify.gateway;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Everything the gateway probe saw, immutable: the checks are pure functions of it, so they are tested with
 * observations written in the test instead of a live gateway.
 *
 * @param base        the gateway URL probed
 * @param exchanges   every HTTP request and its answer
 * @param connects    every WebSocket connect attempt and its answer
 * @param fingerprint brand and version derived from the above
 */
public record GatewayObservation(URI base, List<HttpExchange> exchanges, List<ConnectAttempt> connects,
                                 Fingerprint fingerprint) {
    public GatewayObservation {
        Objects.requireNonNull(base, "base");
        exchanges = List.copyOf(exchanges);
        connects = List.copyOf(connects);
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** An observation with the fingerprint derived from the exchanges and connects. */
    public static GatewayObservation of(URI base, List<HttpExchange> exchanges, List<ConnectAttempt> connects) {
        return new GatewayObservation(base, exchanges, connects, Fingerprinter.fingerprint(exchanges, connects));
    }

    public List<HttpExchange> exchanges(HttpExchange.Purpose purpose) {
        return exchanges.stream().filter(e -> e.purpose() == purpose).toList();
    }

    public List<ConnectAttempt> connects(ConnectAttempt.Purpose purpose) {
        return connects.stream().filter(c -> c.purpose() == purpose).toList();
    }

    /** Whether the probe talked to the target over plain {@code http://} (and {@code ws://}), without TLS. */
    public boolean plainText() {
        return "http".equalsIgnoreCase(base.getScheme());
    }

    /** Whether anything answered like an agent gateway (a brand marker or a {@code connect.challenge}). */
    public boolean gatewayDetected() {
        return fingerprint.brand().isPresent() || connects.stream().anyMatch(ConnectAttempt::challengeSeen);
    }
}
