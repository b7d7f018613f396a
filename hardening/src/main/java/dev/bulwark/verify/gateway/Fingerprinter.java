package dev.bulwark.verify.gateway;

import dev.bulwark.advisory.AgentVersion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells brand and version from everything the probe saw. Where each one shows was checked on the real gateways:
 * OpenClaw 2026.9.6 puts its version in {@code data-openclaw-control-ui-build-id} and in {@code ?v=} of asset URLs;
 * Clawdbot 2026.1.24-3 shows only its brand ({@code <clawdbot-app>}, {@code window.__CLAWDBOT_CONTROL_UI_BASE_PATH__}).
 */
final class Fingerprinter {
    private static final Pattern BUILD_ID = Pattern.compile(
            "data-(openclaw|clawdbot|moltbot)-control-ui-build-id=\"([^\"]{1,300})\"");
    private static final Pattern ASSET_VERSION = Pattern.compile("[?&]v=(\\d{4}\\.[^\"'&\\s>]{1,300})");
    private static final Pattern SCRIPT_VERSION = Pattern.compile(
            "__(?:OPENCLAW|CLAWDBOT|MOLTBOT)_[A-Z_]*VERSION__\\s*=\\s*[\"']([^\"']{1,100})[\"']");
    private static final Pattern SERVER_VERSION_FIELD = Pattern.compile(
            "\"(?:serverVersion|version)\"\\s*:\\s*\"([^\"]{1,100})\"");

    private Fingerprinter() {
    }

    static Fingerprint fingerprint(List<HttpExchange> exchanges, List<ConnectAttempt> connects) {
        List<VersionSighting> sightings = new ArrayList<>();
        for (ConnectAttempt c : connects) {
            if (c.accepted().orElse(false)) {
                c.serverVersion().flatMap(AgentVersion::parse).ifPresent(v -> sightings.add(new VersionSighting(v,
                        "hello-ok of an unauthenticated " + c.describe() + " connect")));
            }
        }
        for (HttpExchange e : exchanges) {
            if (e.purpose() == HttpExchange.Purpose.SENSITIVE && e.isSuccess() && e.isJson()) {
                find(SERVER_VERSION_FIELD, e.body(), 1).ifPresent(v -> sightings.add(
                        new VersionSighting(v, e.request() + " JSON field")));
            }
        }
        exchanges.stream().filter(e -> e.purpose() == HttpExchange.Purpose.CONTROL_UI && e.isSuccess())
                .forEach(e -> controlUiSightings(e, sightings));
        for (HttpExchange e : exchanges) {
            if (e.purpose() == HttpExchange.Purpose.HEALTH && e.isSuccess() && !e.isHtml()) {
                AgentVersion.findIn(e.body()).ifPresent(v -> sightings.add(
                        new VersionSighting(v, e.request() + " body")));
            }
        }
        Set<String> headersSeen = new HashSet<>();
        for (HttpExchange e : exchanges) {
            headerSightings(e, headersSeen, sightings);
        }
        return brand(exchanges, connects)
                .map(b -> new Fingerprint(Optional.of(b.brand()), b.evidence(), sightings))
                .orElseGet(() -> new Fingerprint(Optional.empty(), List.of(), sightings));
    }

    private static void controlUiSightings(HttpExchange page, List<VersionSighting> sightings) {
        String html = page.body();
        Matcher buildId = BUILD_ID.matcher(html);
        if (buildId.find()) {
            AgentVersion.findIn(buildId.group(2)).ifPresent(v -> sightings.add(new VersionSighting(v,
                    page.request() + " data-" + buildId.group(1) + "-control-ui-build-id")));
        }
        find(ASSET_VERSION, html, 1).ifPresent(v -> sightings.add(
                new VersionSighting(v, page.request() + " asset URL ?v=")));
        find(SCRIPT_VERSION, html, 1).ifPresent(v -> sightings.add(
                new VersionSighting(v, page.request() + " inline script")));
    }

    /** One sighting per header name: the same header on twenty answers is one disclosure. */
    private static void headerSightings(HttpExchange e, Set<String> seen, List<VersionSighting> sightings) {
        for (Map.Entry<String, String> header : e.headers().entrySet()) {
            String name = header.getKey();
            if ((name.equals("server") || name.equals("x-powered-by") || name.contains("version"))
                    && AgentVersion.findIn(header.getValue()).isPresent() && seen.add(name)) {
                AgentVersion.findIn(header.getValue()).ifPresent(v -> sightings.add(
                        new VersionSighting(v, e.request() + " header " + name)));
            }
        }
    }

    private static Optional<AgentVersion> find(Pattern pattern, String text, int group) {
        Matcher m = pattern.matcher(text);
        return m.find() ? AgentVersion.findIn(m.group(group)) : Optional.empty();
    }

    private record BrandSighting(Brand brand, List<String> evidence) {
    }

    private static Optional<BrandSighting> brand(List<HttpExchange> exchanges, List<ConnectAttempt> connects) {
        for (HttpExchange e : exchanges) {
            if (e.isSuccess() && e.isHtml()) {
                Optional<Brand> brand = Brand.detectIn(e.body());
                if (brand.isPresent()) {
                    return Optional.of(new BrandSighting(brand.get(), List.of(e.request() + " serves the "
                            + brand.get().displayName() + " Control UI")));
                }
            }
        }
        // A gateway that hides its page still knows only its own brand's Control UI client id.
        for (ConnectAttempt c : connects) {
            for (Brand brand : Brand.values()) {
                if (c.clientId().equals(brand.controlUiClientId()) && c.challengeSeen()
                        && c.verdict() != ConnectVerdict.NOT_APPLICABLE && c.verdict() != ConnectVerdict.NO_ANSWER) {
                    return Optional.of(new BrandSighting(brand, List.of("the gateway knows the client id "
                            + c.clientId())));
                }
            }
        }
        return Optional.empty();
    }
}
