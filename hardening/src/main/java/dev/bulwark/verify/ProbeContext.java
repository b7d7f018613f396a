package dev.bulwark.verify;

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
 */
public record ProbeContext(Deadline deadline, Duration perCallTimeout, Optional<Path> caFile, Clock clock) {
}
