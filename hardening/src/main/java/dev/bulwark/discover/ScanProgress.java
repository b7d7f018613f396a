package dev.bulwark.discover;

/** Told how a scan is going; the CLI shows it on a terminal only. Called from the scanning thread. */
public interface ScanProgress {
    ScanProgress NONE = (done, total, open, gateways, perSecond) -> { };

    /**
     * @param done      endpoints (address and port) settled so far
     * @param total     endpoints in the scope
     * @param open      open ports found so far
     * @param gateways  gateways recognized so far
     * @param perSecond connection attempts per second since the start
     */
    void update(long done, long total, int open, int gateways, long perSecond);
}
