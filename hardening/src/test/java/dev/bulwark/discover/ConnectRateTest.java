package dev.bulwark.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The pacing is a pure function of the clock it is given: checked with made-up nanoseconds, never timed. */
class ConnectRateTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void tryAcquire_overOneSecond_grantsTheRateAndNoMore() {
        ConnectRate rate = new ConnectRate(100, 0);
        int granted = 0;
        for (long t = 0; t < SECOND; t += 1_000_000) { // polled every millisecond for a second
            while (rate.tryAcquire(t)) {
                granted++;
            }
        }
        assertEquals(100, granted);
    }

    @Test
    void tryAcquire_afterALongPause_burstsAtMostTenMillisecondsWorth() {
        ConnectRate rate = new ConnectRate(1000, 0);
        int burst = 0;
        while (rate.tryAcquire(5 * SECOND)) {
            burst++;
        }
        assertEquals(11, burst); // 10 ms of catch-up at 1/ms, plus the one due now
    }

    @Test
    void nanosUntilNext_saysHowLongToWait() {
        ConnectRate rate = new ConnectRate(10, 0);
        assertTrue(rate.tryAcquire(0));
        assertFalse(rate.tryAcquire(1));
        assertEquals(SECOND / 10 - 1, rate.nanosUntilNext(1));
    }
}
