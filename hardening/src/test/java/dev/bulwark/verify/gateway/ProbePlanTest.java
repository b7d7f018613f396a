package dev.bulwark.verify.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProbePlanTest {

    @Test
    void requests_anyTarget_carryNoCredential() {
        for (PlannedRequest r : ProbePlan.requests(URI.create("https://agent.example.com/"))) {
            for (String header : r.headers().keySet()) {
                String name = header.toLowerCase(Locale.ROOT);
                assertFalse(name.equals("authorization") || name.contains("token") || name.equals("cookie"),
                        r + " sends " + header);
            }
            assertFalse(r.path().contains("token="), r.path());
        }
    }

    @Test
    void connectRequest_everyPlannedConnect_hasNoAuthAndSpeaksProtocol3To4() throws Exception {
        for (PlannedConnect c : ProbePlan.connects()) {
            JsonNode request = new ObjectMapper().readTree(ConnectObserver.connectRequest(c));
            assertEquals("connect", request.path("method").asText());
            assertTrue(request.path("params").path("auth").isMissingNode(), request.toString());
            assertEquals(3, request.path("params").path("minProtocol").asInt());
            assertEquals(4, request.path("params").path("maxProtocol").asInt());
            assertEquals(c.clientId(), request.path("params").path("client").path("id").asText());
        }
    }

    @ParameterizedTest
    @CsvSource({"https://a.example/, ''", "https://a.example, ''", "https://a.example/openclaw/, /openclaw",
                "https://a.example/openclaw, /openclaw"})
    void basePath_url_dropsTrailingSlash(String url, String expected) {
        assertEquals(expected, ProbePlan.basePath(URI.create(url)));
    }

    @Test
    void requests_basePath_readsTheConfigUnderIt() {
        List<String> paths = ProbePlan.requests(URI.create("https://a.example/ui/")).stream()
                .filter(r -> r.purpose() == HttpExchange.Purpose.SENSITIVE).map(PlannedRequest::path).toList();
        assertEquals(List.of("/__openclaw/control-ui-config.json", "/ui/control-ui-config.json"), paths);
    }
}
