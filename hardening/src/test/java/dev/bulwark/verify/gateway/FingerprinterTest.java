package dev.bulwark.verify.gateway;

import static dev.bulwark.verify.gateway.HttpExchange.Purpose.CONTROL_UI;
import static dev.bulwark.verify.gateway.HttpExchange.Purpose.HEALTH;
import static dev.bulwark.verify.gateway.HttpExchange.Purpose.SENSITIVE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bulwark.advisory.AgentVersion;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FingerprinterTest {

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("openclaw 2026.9.6 page", Observed.OPENCLAW_PAGE, Brand.OPENCLAW, "2026.9.6"),
                Arguments.of("clawdbot 2026.1.24-3 page", Observed.CLAWDBOT_PAGE, Brand.CLAWDBOT, null),
                Arguments.of("moltbot page", "<!doctype html><title>Moltbot Control</title><moltbot-app></moltbot-app>",
                        Brand.MOLTBOT, null),
                Arguments.of("asset URL only", "<!doctype html><openclaw-app></openclaw-app>"
                        + "<script src=\"/assets/app.js?v=2026.4.2-1\"></script>", Brand.OPENCLAW, "2026.4.2-1"),
                Arguments.of("version in inline script", "<!doctype html><script>window.__CLAWDBOT_CONTROL_UI_VERSION__"
                        + "=\"2026.1.24-3\";</script><clawdbot-app>", Brand.CLAWDBOT, "2026.1.24-3"),
                Arguments.of("nginx page", "<h1>Welcome to nginx!</h1> 1.22.1", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void fingerprint_controlUiPage_findsBrandAndVersion(String name, String html, Brand brand, String version) {
        Fingerprint f = Fingerprinter.fingerprint(List.of(Observed.get(CONTROL_UI, "/", 200, Observed.HTML, html)),
                List.of());
        assertEquals(Optional.ofNullable(brand), f.brand(), name);
        assertEquals(Optional.ofNullable(version).map(AgentVersion::of), f.version(), name);
    }

    @Test
    void fingerprint_acceptedConnect_trustsTheServerVersionFirst() {
        Fingerprint f = Fingerprinter.fingerprint(
                List.of(Observed.get(CONTROL_UI, "/", 200, Observed.HTML, Observed.OPENCLAW_PAGE)),
                List.of(Observed.helloOk(ConnectAttempt.Purpose.UNAUTHENTICATED, "cli", Map.of(), "2026.9.7")));
        assertEquals(Optional.of(AgentVersion.of("2026.9.7")), f.version());
        assertEquals(3, f.sightings().size(), f.sightings().toString());
    }

    @Test
    void fingerprint_readableConfig_readsServerVersion() {
        Fingerprint f = Fingerprinter.fingerprint(List.of(Observed.get(SENSITIVE, "/__openclaw/control-ui-config.json",
                200, Observed.JSON, "{\"basePath\":\"\",\"serverVersion\":\"2026.4.2\"}")), List.of());
        assertEquals(Optional.of(AgentVersion.of("2026.4.2")), f.version());
    }

    @Test
    void fingerprint_singlePageFallbackOnHealth_isNotAHealthDisclosure() {
        Fingerprint f = Fingerprinter.fingerprint(List.of(Observed.get(HEALTH, "/health", 200, Observed.HTML,
                Observed.OPENCLAW_PAGE)), List.of());
        assertEquals(List.of(), f.sightings());
        assertEquals(Optional.of(Brand.OPENCLAW), f.brand(), "the page still tells the brand");
    }

    @Test
    void fingerprint_readinessNumbers_areNotAVersion() {
        Fingerprint f = Fingerprinter.fingerprint(List.of(Observed.get(HEALTH, "/ready", 200, Observed.JSON,
                "{\"ready\":true,\"uptimeMs\":408893,\"eventLoop\":{\"intervalMs\":1007.1711520000008,"
                        + "\"delayP99Ms\":87.7,\"utilization\":0.238}}")), List.of());
        assertEquals(List.of(), f.sightings());
    }

    @Test
    void fingerprint_pageHidden_brandFromTheClientIdTheGatewayKnows() {
        Fingerprint f = Fingerprinter.fingerprint(List.of(Observed.get(CONTROL_UI, "/", 401, Observed.TEXT, "")),
                Observed.clawdbot().connects());
        assertEquals(Optional.of(Brand.CLAWDBOT), f.brand());
        assertEquals(List.of("the gateway knows the client id clawdbot-control-ui"), f.brandEvidence());
    }
}
