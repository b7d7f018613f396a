package dev.bulwark.cli.discover;

import dev.bulwark.discover.ScanProgress;
import java.io.PrintWriter;

/** Progress of a long scan on one overwritten stderr line; only when a person watches a terminal. */
final class ScanProgressLine implements ScanProgress {
    private final PrintWriter err;
    private volatile long lastRate;

    ScanProgressLine(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void update(long done, long total, int open, int gateways, long perSecond) {
        if (perSecond > 0) {
            lastRate = perSecond;
        }
        err.print("\r" + done + "/" + total + " endpoints, " + open + " open, " + gateways + " gateway(s), "
                + lastRate + " connects/s   ");
        err.flush();
    }

    synchronized void finish() {
        err.println();
        err.flush();
    }
}
