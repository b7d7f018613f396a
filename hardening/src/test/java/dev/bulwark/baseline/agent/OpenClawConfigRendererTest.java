package dev.bulwark.baseline.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.baseline.BaselineFixtures;
import dev.bulwark.blueprint.Blueprint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenClawConfigRendererTest {
    private final Blueprint blueprint = BaselineFixtures.withAdminNetworks();
    private final JsonNode config;

    OpenClawConfigRendererTest() throws Exception {
        config = new ObjectMapper().readTree(
                new OpenClawConfigRenderer().render(blueprint.agent(), blueprint.domain()).content());
    }

    @ParameterizedTest
    @CsvSource({
            "/gateway/mode, local", "/gateway/bind, loopback", "/gateway/port, 18789", "/gateway/auth/mode, token",
            "/gateway/trustedProxies, [\"127.0.0.1\"]", "/gateway/allowRealIpFallback, false",
            "/gateway/controlUi/allowedOrigins, '[\"https://agent.example.com\",\"https://chat.example.com\"]'",
            "/discovery/mdns/mode, off", "/session/dmScope, per-channel-peer",
            "/agents/defaults/sandbox/mode, non-main", "/tools/profile, messaging",
            "/tools/deny, '[\"group:runtime\",\"group:fs\",\"group:automation\"]'",
            "/tools/exec/security, deny", "/tools/elevated/enabled, false", "/skills/allowBundled, []",
    })
    void render_blueprint_hasHardenedValue(String pointer, String expected) {
        JsonNode node = config.at(pointer);
        assertEquals(expected, node.isValueNode() ? node.asText() : node.toString(), pointer);
    }

    @Test
    void render_blueprint_carriesNoTokenAndNoUnsafeSwitch() {
        assertTrue(config.at("/gateway/auth/token").isMissingNode(), "the token comes from the environment");
        String text = config.toString();
        for (String unsafe : new String[] {"\"*\"", "dangerouslyAllowHostHeaderOriginFallback", "allowInsecureAuth"}) {
            assertFalse(text.contains(unsafe), unsafe);
        }
    }
}
