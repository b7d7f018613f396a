package dev.bulwark.acceptance;

import dev.bulwark.verify.Deadline;
import dev.bulwark.verify.Expectations;
import dev.bulwark.verify.ProbeContext;
import dev.bulwark.verify.ProbeOutcome;
import dev.bulwark.verify.VerifyTarget;
import dev.bulwark.verify.gateway.GatewayProbe;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Runs the gateway probe the way {@code bulwark verify} will, against a URL of a gateway started by a test. */
final class GatewayProbes {
    static final Duration RUN_BUDGET = Duration.ofSeconds(60);
    static final Duration PER_CALL = Duration.ofSeconds(5);

    private GatewayProbes() {
    }

    static ProbeOutcome run(URI url) throws InterruptedException {
        ProbeContext context = new ProbeContext(Deadline.after(RUN_BUDGET), PER_CALL, Optional.empty(),
                Clock.systemUTC());
        return GatewayProbe.create().run(new VerifyTarget(url, Optional.empty(), Expectations.defaults()), context);
    }
}
