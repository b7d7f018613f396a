package dev.bulwark.acceptance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NginxProxyTest {
    private static final Map<String, String> VALUES = Map.of("DIR", "/tmp/x", "ADDRESS", "127.0.0.2", "PORT", "8443",
            "SERVER_NAME", "127.0.0.2", "ALLOWED_ORIGIN", "https://127.0.0.2:8443", "GATEWAY_PORT", "18789",
            "CLIENT_ADDRESS", "$remote_addr");

    @Test
    void render_allValues_leavesNoPlaceholderAndKeepsNginxVariables() throws Exception {
        String config = NginxProxy.render(VALUES);

        assertFalse(config.matches("(?s).*\\$\\{[A-Z_]+}.*"), config);
        assertTrue(config.contains("listen 127.0.0.2:8443 ssl;"), config);
        assertTrue(config.contains("proxy_set_header X-Forwarded-For $remote_addr;"), config);
        assertTrue(config.contains("\"https://127.0.0.2:8443\"   0;"), config);
    }

    @Test
    void render_missingValue_namesThePlaceholder() {
        Map<String, String> partial = new java.util.HashMap<>(VALUES);
        partial.remove("GATEWAY_PORT");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NginxProxy.render(partial));

        assertTrue(e.getMessage().contains("${GATEWAY_PORT}"), e.getMessage());
    }
}
