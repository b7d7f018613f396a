package dev.bulwark.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** A point in time after which a probe must stop; each network call takes {@link #cap(Duration)} as its timeout. */
public final class Deadline {
    private final Clock clock;
    private final Instant end;

    private Deadline(Clock clock, Instant end) {
        this.clock = clock;
        this.end = end;
    }

    public static Deadline after(Duration budget) {
        return after(budget, Clock.systemUTC());
    }

    public static Deadline after(Duration budget, Clock clock) {
        return new Deadline(clock, clock.instant().plus(budget));
    }

    public Duration remaining() {
        Duration left = Duration.between(clock.instant(), end);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public boolean expired() {
        return remaining().isZero();
    }

    /** The smaller of {@code perCall} and what is left, never below 1 ms (0 means "forever" to sockets). */
    public Duration cap(Duration perCall) {
        Duration left = remaining();
        Duration d = left.compareTo(perCall) < 0 ? left : perCall;
        return d.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : d;
    }

    /** {@link #cap(Duration)} in whole milliseconds, for socket APIs. */
    public int capMillis(Duration perCall) {
        return (int) Math.min(Integer.MAX_VALUE, cap(perCall).toMillis());
    }
}
