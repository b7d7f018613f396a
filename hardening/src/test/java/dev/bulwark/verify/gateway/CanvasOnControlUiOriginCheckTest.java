package dev.bulwark.verify.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanvasOnControlUiOriginCheckTest {
    @ParameterizedTest(name = "{0} -> routed to the gateway: {1}")
    @CsvSource({"200, true", "302, true", "401, true", "403, false", "404, false", "410, false", "429, false",
        "500, false"})
    void routedToGateway_status_tellsAProxyRefusalFromTheGatewaysRoute(int status, boolean routed) {
        assertEquals(routed, CanvasOnControlUiOriginCheck.routedToGateway(status));
    }
}
