package dev.bulwark.verify.gateway;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One WebSocket {@code connect} the probe tried without any credential, and how the gateway answered: the HTTP
 * upgrade, the {@code connect.challenge}, the {@code connect} response and the close frame.
 *
 * @param purpose        which check reads it
 * @param clientId       the client id sent, e.g. {@code cli} or {@code openclaw-control-ui}
 * @param clientMode     the client mode sent, e.g. {@code cli} or {@code webchat}
 * @param sentHeaders    extra upgrade headers ({@code Origin}, spoofed forwarding headers)
 * @param upgradeStatus  the HTTP status when the upgrade was refused; 101 when it succeeded; 0 when no answer
 * @param challengeSeen  whether the server sent {@code connect.challenge}
 * @param accepted       the {@code ok} of the connect response, when one came
 * @param errorCode      {@code error.code} of a refused connect (e.g. {@code NOT_PAIRED}), or empty
 * @param detailCode     {@code error.details.code} (e.g. {@code CONTROL_UI_ORIGIN_NOT_ALLOWED}), or empty
 * @param message        {@code error.message} or the close reason, or empty
 * @param closeCode      the WebSocket close code, or 0
 * @param serverVersion  {@code payload.server.version} of an accepted connect
 * @param failure        why the attempt ended without an answer (timeout, I/O error)
 */
public record ConnectAttempt(Purpose purpose, String clientId, String clientMode, Map<String, String> sentHeaders,
                             int upgradeStatus, boolean challengeSeen, Optional<Boolean> accepted, String errorCode,
                             String detailCode, String message, int closeCode, Optional<String> serverVersion,
                             Optional<String> failure) {

    /** What a connect attempt is meant to find out. */
    public enum Purpose { UNAUTHENTICATED, CROSS_ORIGIN, SPOOFED_HEADERS }

    public ConnectAttempt {
        Objects.requireNonNull(purpose, "purpose");
        sentHeaders = Map.copyOf(sentHeaders);
        errorCode = errorCode == null ? "" : errorCode;
        detailCode = detailCode == null ? "" : detailCode;
        message = message == null ? "" : message;
    }

    public ConnectVerdict verdict() {
        return ConnectVerdict.of(this);
    }

    /** {@code cli/cli with Origin: https://evil.example} for evidence lines. */
    public String describe() {
        String who = clientId + "/" + clientMode;
        return sentHeaders.isEmpty() ? who : who + " with " + String.join(", ", sentHeaders.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).sorted().toList());
    }

    /** What the gateway answered, for evidence lines. */
    public String answer() {
        if (failure.isPresent()) {
            return "no answer: " + failure.get();
        }
        if (upgradeStatus != 101) {
            return "upgrade refused with HTTP " + upgradeStatus;
        }
        if (accepted.orElse(false)) {
            return "hello-ok" + serverVersion.map(v -> " (server " + v + ")").orElse("");
        }
        StringBuilder s = new StringBuilder("refused");
        if (!errorCode.isEmpty()) {
            s.append(' ').append(errorCode);
        }
        if (!detailCode.isEmpty()) {
            s.append('/').append(detailCode);
        }
        if (!message.isEmpty()) {
            s.append(": ").append(message);
        }
        if (closeCode != 0) {
            s.append(" (close ").append(closeCode).append(')');
        }
        return s.toString();
    }
}
