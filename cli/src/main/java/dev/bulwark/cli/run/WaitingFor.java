package dev.bulwark.cli.run;

import java.time.Duration;
import java.util.Optional;

/** What a run is waiting for, once it has waited at least {@code atLeast}: e.g. "Lightsail GetInstance in us-east-1". */
@FunctionalInterface
public interface WaitingFor {
    Optional<Wait> longerThan(Duration atLeast);

    /** One wait: what, and for how long so far. */
    record Wait(String what, Duration sofar) {
    }

    /** The whole run as one wait, from {@code startNanos} (e.g. an SSH login and the checks after it). */
    static WaitingFor whole(String what, long startNanos) {
        return atLeast -> {
            Duration sofar = Duration.ofNanos(System.nanoTime() - startNanos);
            return sofar.compareTo(atLeast) >= 0 ? Optional.of(new Wait(what, sofar)) : Optional.empty();
        };
    }
}
