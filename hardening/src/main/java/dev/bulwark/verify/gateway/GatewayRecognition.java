package dev.bulwark.verify.gateway;

import dev.bulwark.release.ReleaseIdentification;
import dev.bulwark.release.ReleaseTable;
import dev.bulwark.verify.ProbeContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The verifier's gateway recognition for callers outside the verifier ({@code bulwark discover}): a glance made of
 * only the benign part of the probe plan (a GET of the page and one WebSocket connect without any credential),
 * judged by the same {@link Fingerprinter} that {@code verify} uses. This is the one method discovery calls, so a
 * better recognition (e.g. release fingerprints from the Control UI's asset hashes) reaches both at once.
 */
public final class GatewayRecognition {
    private GatewayRecognition() {
    }

    /**
     * Looks at {@code base} like a browser that knows nothing: {@code GET /} and one unauthenticated {@code cli}
     * connect. Never a credential, never a write.
     */
    public static GatewayObservation glance(HttpClient client, URI base, ProbeContext context)
            throws InterruptedException {
        List<HttpExchange> exchanges = new HttpObserver(client, context).observe(base,
                List.of(PlannedRequest.get(HttpExchange.Purpose.CONTROL_UI, "/")));
        String wsScheme = base.getScheme().toLowerCase(Locale.ROOT).equals("https") ? "wss" : "ws";
        URI webSocket = URI.create(wsScheme + "://" + base.getRawAuthority() + "/");
        List<ConnectAttempt> connects = new ConnectObserver(client.sslContext(), context).observe(webSocket,
                List.of(new PlannedConnect(ConnectAttempt.Purpose.UNAUTHENTICATED, "cli", "cli", Map.of())));
        return recognize(base, exchanges, connects);
    }

    /** Brand and release from what was seen: the verifier's own recognition. */
    public static GatewayObservation recognize(URI base, List<HttpExchange> exchanges, List<ConnectAttempt> connects) {
        return GatewayObservation.of(base, exchanges, connects);
    }

    /**
     * The release(s) that serve the Control UI page seen, by verify's release table (no extra request); empty when
     * no page was seen, {@link ReleaseIdentification#isUnknown()} when the page is not in the table.
     */
    public static Optional<ReleaseIdentification> release(GatewayObservation observation, ReleaseTable releases) {
        return new ReleaseRecognizer(releases).recognize(observation);
    }

    /** How many distinct Control UI markers of {@code brand} the page carries (one word on a page is not enough). */
    public static int pageMarkers(Brand brand, String html) {
        return html == null ? 0 : (int) brand.pageMarkers().stream().filter(html::contains).count();
    }
}
