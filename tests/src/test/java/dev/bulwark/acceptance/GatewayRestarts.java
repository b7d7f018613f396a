package dev.bulwark.acceptance;

import dev.bulwark.secret.Secret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The real hardened OpenClaw gateway, started and restarted with a given token on the same port, as a token
 * delivery restarts it; {@link #close()} stops every one started.
 */
final class GatewayRestarts implements AutoCloseable {
    private static final Duration START = Duration.ofSeconds(180);
    private final AcceptanceHome home;
    private final List<OpenClawGateway> running = new ArrayList<>();

    GatewayRestarts() {
        home = AcceptanceHome.locate();
        home.requireInstalled(GatewayDistribution.OPENCLAW);
    }

    /** A first gateway with a random token on a free port. */
    OpenClawGateway start() {
        return start(null, 0);
    }

    /** A gateway on {@code port} with {@code token}. */
    OpenClawGateway start(Secret token, int port) {
        GatewayLaunch launch = GatewayLaunch.hardened(GatewayDistribution.OPENCLAW);
        try {
            OpenClawGateway started = token == null ? OpenClawGateway.start(home, launch, START)
                    : OpenClawGateway.start(home, launch, START, token, port);
            running.add(started);
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        running.forEach(OpenClawGateway::close);
    }
}
