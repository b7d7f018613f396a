package dev.bulwark.verify;

import dev.bulwark.verify.net.Reach;
import dev.bulwark.verify.net.Reachability;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * What every probe gets besides its target.
 *
 * @param deadline       when the whole run must end
 * @param perCallTimeout cap for one connect/read (the deadline may cut it shorter)
 * @param caFile         extra trusted CA certificates (PEM) for private CAs; the system trust store still applies
 * @param clock          for certificate expiry and days-left (tests fix it)
 * @param reachability   this run's view of how each target endpoint is reached (shared by its probes)
 */
public record ProbeContext(Deadline deadline, Duration perCallTimeout, Optional<Path> caFile, Clock clock,
                           Reachability reachability) {

    /** A context with a fresh {@link Reachability}: one run. */
    public ProbeContext(Deadline deadline, Duration perCallTimeout, Optional<Path> caFile, Clock clock) {
        this(deadline, perCallTimeout, caFile, clock, Reachability.create());
    }

    /** How {@code url}'s endpoint is reached in this run (see {@link Reachability}). */
    public Reach reach(URI url) throws InterruptedException {
        return reachability.of(url, deadline, perCallTimeout, caFile);
    }
}
