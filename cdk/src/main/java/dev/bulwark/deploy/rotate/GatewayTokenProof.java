package dev.bulwark.deploy.rotate;

import dev.bulwark.deploy.Sleeper;
import dev.bulwark.secret.Secret;
import dev.bulwark.verify.Deadline;
import dev.bulwark.verify.Expectations;
import dev.bulwark.verify.ProbeContext;
import dev.bulwark.verify.ProbeOutcome;
import dev.bulwark.verify.VerifyTarget;
import dev.bulwark.verify.token.TokenProbe;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The proof after a delivery: wait until the restarted gateway answers {@code GET /health} with 200, then run
 * verify's token probe in-process (no argv, no file): one request with the new token, one with the old.
 */
public final class GatewayTokenProof implements GatewayCheck {
    private static final Duration POLL = Duration.ofSeconds(2);
    private static final Duration PER_CALL = Duration.ofSeconds(5);

    private final URI gateway;
    private final Duration readyWithin;
    private final Optional<Path> caFile;
    private final Sleeper sleeper;

    public GatewayTokenProof(URI gateway, Duration readyWithin, Optional<Path> caFile, Sleeper sleeper) {
        this.gateway = gateway;
        this.readyWithin = readyWithin;
        this.caFile = caFile;
        this.sleeper = sleeper;
    }

    @Override
    public ProbeOutcome prove(Secret current, Secret stale) throws InterruptedException {
        Optional<String> notReady = awaitReady();
        if (notReady.isPresent()) {
            return new ProbeOutcome.Unreachable(notReady.get());
        }
        ProbeContext context = new ProbeContext(Deadline.after(Duration.ofSeconds(30)), PER_CALL, caFile,
                Clock.systemUTC());
        VerifyTarget target = new VerifyTarget(gateway, Optional.empty(), Expectations.defaults());
        return TokenProbe.of(Optional.of(current), Optional.of(stale)).run(target, context);
    }

    /** Empty once the gateway answers {@code GET /health} with 200 (polled until the ready bound). */
    @Override
    public Optional<String> awaitReady() throws InterruptedException {
        return awaitHealthy(Deadline.after(readyWithin)) ? Optional.empty() : Optional.of(gateway
                + " did not answer GET /health with 200 within " + readyWithin.toSeconds() + " s after the restart");
    }

    private boolean awaitHealthy(Deadline deadline) throws InterruptedException {
        // HTTP/1.1 as the probes use: the JDK's default h2c upgrade on http:// is not what a gateway expects.
        HttpClient client = HttpClient.newBuilder().connectTimeout(PER_CALL).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        URI health = URI.create(gateway.getScheme() + "://" + gateway.getRawAuthority() + "/health");
        while (!deadline.expired()) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(health)
                        .timeout(deadline.cap(PER_CALL)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not up yet: the restart is still under way
            }
            sleeper.sleep(POLL);
        }
        return false;
    }
}
