package dev.bulwark.discover;

import java.time.Duration;

/**
 * How hard a network discovery may push.
 *
 * @param ratePerSecond    connection attempts started per second, at most (default {@value #DEFAULT_RATE})
 * @param maxInFlight      connects outstanding at once (default {@value #DEFAULT_IN_FLIGHT})
 * @param connectTimeout   how long a connect may take before the port counts as filtered
 * @param perCallTimeout   each fingerprint request and connect
 * @param fingerprinters   open ports fingerprinted at once
 */
public record DiscoverySettings(int ratePerSecond, int maxInFlight, Duration connectTimeout, Duration perCallTimeout,
                                int fingerprinters) {
    /** Polite on a real network: a /24 on six ports in about 1.5 s, a /16 on three ports in about 3 min. */
    public static final int DEFAULT_RATE = 1000;
    public static final int DEFAULT_IN_FLIGHT = 256;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(1);
    public static final Duration DEFAULT_PER_CALL_TIMEOUT = Duration.ofSeconds(3);
    public static final int DEFAULT_FINGERPRINTERS = 16;

    public DiscoverySettings {
        if (ratePerSecond < 1 || maxInFlight < 1 || fingerprinters < 1) {
            throw new IllegalArgumentException("rate, connections in flight and fingerprinters must be at least 1");
        }
    }

    public static DiscoverySettings defaults() {
        return new DiscoverySettings(DEFAULT_RATE, DEFAULT_IN_FLIGHT, DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_PER_CALL_TIMEOUT, DEFAULT_FINGERPRINTERS);
    }

    public DiscoverySettings withRate(int perSecond) {
        return new DiscoverySettings(perSecond, maxInFlight, connectTimeout, perCallTimeout, fingerprinters);
    }

    public DiscoverySettings withPerCallTimeout(Duration timeout) {
        return new DiscoverySettings(ratePerSecond, maxInFlight, connectTimeout, timeout, fingerprinters);
    }

    public DiscoverySettings withMaxInFlight(int n) {
        return new DiscoverySettings(ratePerSecond, n, connectTimeout, perCallTimeout, fingerprinters);
    }
}
