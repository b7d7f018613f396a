package dev.bulwark.discover;

import dev.bulwark.advisory.AgentVersion;
import dev.bulwark.release.ReleaseIdentification;
import dev.bulwark.verify.gateway.Brand;
import dev.bulwark.verify.gateway.ConnectAttempt;
import dev.bulwark.verify.gateway.GatewayObservation;
import dev.bulwark.verify.gateway.GatewayRecognition;
import dev.bulwark.verify.gateway.HttpExchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether what answered on a port is an agent gateway. No guessing from one word on a page: it takes the
 * gateway's own WebSocket handshake ({@code connect.challenge}), or a page with at least {@value #MIN_MARKERS}
 * distinct Control UI markers of one brand. A page that merely names OpenClaw is another web page.
 */
final class GatewayJudge {
    static final int MIN_MARKERS = 2;

    private GatewayJudge() {
    }

    /**
     * @param release the release(s) serving the page seen, by verify's release table; consulted only when the
     *                gateway does not name its release itself
     */
    static Optional<GatewayEndpoint> judge(OpenPort port, boolean tls, Optional<String> certificate,
                                           GatewayObservation observation, Optional<ReleaseIdentification> release) {
        List<String> evidence = new ArrayList<>();
        boolean challenge = observation.connects().stream().anyMatch(ConnectAttempt::challengeSeen);
        if (challenge) {
            evidence.add("the WebSocket endpoint sent the gateway's connect.challenge");
        }
        Optional<Brand> brand = observation.fingerprint().brand();
        String page = observation.exchanges(HttpExchange.Purpose.CONTROL_UI).stream().filter(HttpExchange::isSuccess)
                .map(HttpExchange::body).findFirst().orElse("");
        int markers = brand.map(b -> GatewayRecognition.pageMarkers(b, page)).orElse(0);
        if (markers >= MIN_MARKERS) {
            evidence.add("GET / serves the " + brand.get().displayName() + " Control UI (" + markers
                    + " markers)");
        }
        if (evidence.isEmpty()) {
            return Optional.empty();
        }
        String product = brand.filter(b -> markers >= 1).map(Brand::displayName)
                .orElse(GatewayEndpoint.BRAND_HIDDEN);
        Optional<String> version = observation.fingerprint().version().map(AgentVersion::toString);
        List<String> range = List.of();
        if (version.isPresent()) {
            observation.fingerprint().sightings().stream().findFirst()
                    .ifPresent(s -> evidence.add("release " + s.version() + " from " + s.where()));
        } else if (release.isPresent() && !release.get().isUnknown()) {
            List<String> candidates = release.get().candidates().stream().map(r -> r.version()).toList();
            if (candidates.size() == 1) {
                version = Optional.of(candidates.get(0));
            } else {
                range = candidates;
            }
            evidence.add("release " + release.get().describe() + " from the " + release.get().signal());
        }
        return Optional.of(new GatewayEndpoint(port.host(), port.port(), product, version, range, tls,
                tls ? Optional.of(certificate.map(why -> "untrusted: " + why).orElse("trusted")) : Optional.empty(),
                AuthMode.of(observation.connects()), evidence, observation.base()));
    }
}
