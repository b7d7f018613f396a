package dev.bulwark.verify.gateway;

import java.util.Map;

/**
 * A WebSocket connect the probe will try, always without token, password or device identity.
 *
 * @param purpose   why it is tried
 * @param clientId  e.g. {@code cli} or {@code openclaw-control-ui}
 * @param mode      e.g. {@code cli} or {@code webchat}
 * @param headers   extra upgrade headers ({@code Origin}, spoofed forwarding headers)
 */
record PlannedConnect(ConnectAttempt.Purpose purpose, String clientId, String mode, Map<String, String> headers) {
    PlannedConnect {
        headers = Map.copyOf(headers);
    }
}
