package dev.bulwark.deploy;

import java.time.Duration;

/**
 * Waits between two polls of the AWS control plane. Injected so that tests wait for nothing and so that the one
 * real pause lives in one place.
 */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration duration);

    /** Sleeps the calling thread; the only pause in deploy's production code, between polls of a deadline loop. */
    static Sleeper system() {
        return duration -> {
            try {
                Thread.sleep(duration.toMillis()); // deliberate: a poll interval, bounded by the caller's deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw DeployException.environment("interrupted while waiting for AWS; run the same command again"
                        + " to resume where it stopped");
            }
        };
    }

    /** For seam tests: returns at once. */
    static Sleeper none() {
        return duration -> { };
    }
}
