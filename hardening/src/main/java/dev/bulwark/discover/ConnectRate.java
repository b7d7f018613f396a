package dev.bulwark.discover;

/**
 * Paces connection attempts to at most {@code perSecond}, with no burst beyond what a late tick makes up for
 * (at most 10 ms worth), so a scan never floods a network faster than it was told to.
 */
final class ConnectRate {
    private static final long MAX_CATCH_UP_NANOS = 10_000_000L;

    private final long intervalNanos;
    private long nextNanos;

    ConnectRate(int perSecond, long nowNanos) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("the rate must be at least 1 connection per second");
        }
        this.intervalNanos = 1_000_000_000L / perSecond;
        this.nextNanos = nowNanos;
    }

    /** Takes a permit when one is due at {@code nowNanos}. */
    boolean tryAcquire(long nowNanos) {
        if (nowNanos - nextNanos < 0) {
            return false;
        }
        nextNanos = Math.max(nextNanos, nowNanos - MAX_CATCH_UP_NANOS) + intervalNanos;
        return true;
    }

    /** Nanoseconds until the next permit (0 when one is due). */
    long nanosUntilNext(long nowNanos) {
        return Math.max(0, nextNanos - nowNanos);
    }
}
