package dev.bulwark.discover;

import dev.bulwark.release.ReleaseTable;
import dev.bulwark.verify.Deadline;
import dev.bulwark.verify.ProbeContext;
import dev.bulwark.verify.gateway.GatewayObservation;
import dev.bulwark.verify.gateway.GatewayRecognition;
import dev.bulwark.verify.gateway.HttpExchange;
import dev.bulwark.verify.net.HttpClients;
import dev.bulwark.verify.net.RecordingTrustManager;
import dev.bulwark.verify.net.SslContexts;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Looks at one open port: over TLS when it completes a TLS handshake, else over plain HTTP; with the
 * verifier's gateway recognition (a GET of the page and one WebSocket connect, no credential). Whatever answers
 * but is not recognized is reported as another service.
 */
final class EndpointFingerprinter {
    private final X509ExtendedTrustManager trust;
    private final Duration perCallTimeout;
    private final ReleaseTable releases;

    EndpointFingerprinter(X509ExtendedTrustManager trust, Duration perCallTimeout, ReleaseTable releases) {
        this.trust = trust;
        this.perCallTimeout = perCallTimeout;
        this.releases = releases;
    }

    Sighting look(OpenPort port) throws InterruptedException {
        RecordingTrustManager recorder = RecordingTrustManager.carryingOn(trust);
        if (TlsSniffer.speaksTls(port, recorder, perCallTimeout)) {
            GatewayObservation overTls = glance(port, "https", SslContexts.withTrustManager(recorder));
            HttpExchange tlsPage = overTls.exchanges().get(0);
            return GatewayJudge.judge(port, true, recorder.refusal(), overTls,
                            GatewayRecognition.release(overTls, releases))
                    .<Sighting>map(g -> g)
                    .orElseGet(() -> service(port, tlsPage.hasAnswer() ? "https" : "tls", tlsPage));
        }
        GatewayObservation plain = glance(port, "http", SslContexts.withTrustManager(trust));
        HttpExchange page = plain.exchanges().get(0);
        return GatewayJudge.judge(port, false, Optional.empty(), plain,
                        GatewayRecognition.release(plain, releases)).<Sighting>map(g -> g)
                .orElseGet(() -> service(port, page.hasAnswer() ? "http" : "tcp", page));
    }

    private GatewayObservation glance(OpenPort port, String scheme, javax.net.ssl.SSLContext tls)
            throws InterruptedException {
        Deadline deadline = Deadline.after(perCallTimeout.multipliedBy(2));
        ProbeContext context = new ProbeContext(deadline, perCallTimeout, Optional.empty(), Clock.systemUTC());
        HttpClient client = HttpClients.create(tls, deadline, perCallTimeout);
        return GatewayRecognition.glance(client, URI.create(scheme + "://" + port.authority() + "/"), context);
    }

    private static OpenService service(OpenPort port, String protocol, HttpExchange page) {
        return new OpenService(port.host(), port.port(), protocol,
                page.hasAnswer() ? Optional.of(page.status()) : Optional.empty(),
                Optional.ofNullable(page.headers().get("server")));
    }
}
