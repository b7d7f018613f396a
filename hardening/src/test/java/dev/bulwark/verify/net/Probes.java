package dev.bulwark.verify.net;

import dev.bulwark.verify.Deadline;
import dev.bulwark.verify.Expectations;
import dev.bulwark.verify.ProbeContext;
import dev.bulwark.verify.VerifyTarget;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Targets and contexts for probe tests: short per-call timeouts so tarpits cost seconds, not minutes. */
public final class Probes {
    public static final Duration PER_CALL = Duration.ofSeconds(2);

    private Probes() {
    }

    public static VerifyTarget target(String url) {
        return new VerifyTarget(URI.create(url), Optional.empty(), Expectations.defaults());
    }

    public static ProbeContext context(Optional<Path> caFile) {
        return new ProbeContext(Deadline.after(Duration.ofSeconds(60)), PER_CALL, caFile, Clock.systemUTC());
    }
}
