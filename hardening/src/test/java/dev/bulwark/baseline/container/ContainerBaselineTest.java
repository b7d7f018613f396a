package dev.bulwark.baseline.container;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.baseline.BaselineFixtures;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.policy.HardeningPolicy;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContainerBaselineTest {
    private static final Pattern LOOKS_SECRET = Pattern.compile(
            "sk-ant-|(?<![A-Za-z0-9])sk-[A-Za-z0-9_-]{20,}|(?:AKIA|ASIA)[0-9A-Z]{16}|PRIVATE KEY|\"token\"\\s*:");

    private final HardeningPolicy policy = HardeningPolicy.defaults();
    private final Blueprint blueprint = ContainerFixtures.sample();
    private final ContainerBaseline baseline = ContainerBaseline.forBlueprint(blueprint, policy);

    @Test
    void forBlueprint_sample_proxyIsPublicEndpointOnPolicyPort() {
        assertEquals(8080, baseline.publicPort());
        assertEquals("/health", baseline.healthCheckPath());
        assertEquals(Map.of(8080, "HTTP"), baseline.proxy().ports());
        assertEquals(blueprint.container().proxyImage(), baseline.proxy().image());
        assertEquals(List.of("/bin/sh", "-c", ProxyLaunch.SCRIPT), baseline.proxy().command());
        assertEquals(List.of(ProxyLaunch.SITE_ENV, ProxyLaunch.PARAMS_ENV),
                List.copyOf(baseline.proxy().environment().keySet()));
    }

    @Test
    void forBlueprint_sample_proxySiteListensOn8080InFrontOfGatewayContainer() {
        String site = decode(baseline.proxy().environment().get(ProxyLaunch.SITE_ENV));
        assertTrue(site.contains("listen 8080 default_server;"), site);
        assertTrue(site.contains("server localhost:18789;"), site);
        assertTrue(site.contains("\"https://agent.example.com\" 0;"), site);
        assertTrue(site.contains("max-age=" + policy.http().hstsMinMaxAgeSeconds()), site);
        assertTrue(site.contains("include /etc/nginx/bulwark-proxy-params.conf;"), site);
        for (String cidr : List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")) {
            assertTrue(site.contains("set_real_ip_from " + cidr + ";"), site);
        }
        String params = decode(baseline.proxy().environment().get(ProxyLaunch.PARAMS_ENV));
        assertTrue(params.contains("proxy_pass http://bulwark_gateway;"), params);
    }

    @Test
    void forBlueprint_sample_gatewayGetsNamesVersionAndConfig() throws Exception {
        Map<String, String> env = baseline.gateway().environment();
        assertEquals(List.of(ContainerBaseline.AGENT_VERSION_ENV, ContainerBaseline.SECRETS_REGION_ENV,
                ContainerBaseline.TOKEN_SECRET_ENV, ContainerBaseline.PROVIDER_SECRETS_ENV,
                ContainerBaseline.GATEWAY_PORT_ENV, ContainerBaseline.OPENCLAW_CONFIG_ENV), List.copyOf(env.keySet()));
        assertEquals("2026.9.6", env.get(ContainerBaseline.AGENT_VERSION_ENV));
        assertEquals("openclaw-cs/gateway-token", env.get(ContainerBaseline.TOKEN_SECRET_ENV));
        assertEquals("ANTHROPIC_API_KEY=openclaw-cs/anthropic-api-key", env.get(ContainerBaseline.PROVIDER_SECRETS_ENV));
        assertEquals("18789", env.get(ContainerBaseline.GATEWAY_PORT_ENV));
        assertEquals(List.of(), baseline.gateway().command(), "the image's own entrypoint runs");
        JsonNode config = new ObjectMapper().readTree(decode(env.get(ContainerBaseline.OPENCLAW_CONFIG_ENV)));
        assertEquals("lan", config.at("/gateway/bind").asText());
        assertEquals("[\"127.0.0.1\",\"::1\"]", config.at("/gateway/trustedProxies").toString());
        assertEquals("[\"https://agent.example.com\"]", config.at("/gateway/controlUi/allowedOrigins").toString());
        assertTrue(config.at("/gateway/auth/token").isMissingNode());
    }

    @Test
    void forBlueprint_sample_noEnvironmentValueLooksLikeSecretMaterial() {
        List<String> problems = new ArrayList<>();
        for (ContainerSpec spec : List.of(baseline.gateway(), baseline.proxy())) {
            spec.environment().forEach((name, value) -> {
                assertFalse(name.startsWith("AWS_"), "the stack adds the reader key, not the baseline: " + name);
                String text = name.endsWith("_B64") ? decode(value) : value;
                if (LOOKS_SECRET.matcher(text).find()) {
                    problems.add(spec.name() + "." + name);
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    /** The negative control for the check above: the pattern does catch a key and a token in a config. */
    @Test
    void secretPattern_keyOrToken_isCaught() {
        assertTrue(LOOKS_SECRET.matcher("sk-ant-api03-abcdefghijklmnopqrstuvwxyz").find());
        assertTrue(LOOKS_SECRET.matcher("{\"auth\":{\"token\": \"x\"}}").find());
        assertTrue(LOOKS_SECRET.matcher("AKIAIOSFODNN7EXAMPLE").find());
    }

    @Test
    void forBlueprint_instanceMode_isRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> ContainerBaseline.forBlueprint(BaselineFixtures.withAdminNetworks(), policy));
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
