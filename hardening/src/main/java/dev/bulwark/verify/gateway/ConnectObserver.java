package dev.bulwark.verify.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.verify.ProbeContext;
import dev.bulwark.verify.net.ReadBounds;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Tries the planned WebSocket connects in parallel: waits for the server's {@code connect.challenge}, answers with a
 * {@code connect} request that carries no {@code auth} at all, records the response and closes. Frames are bounded
 * and every wait is capped by the deadline.
 */
final class ConnectObserver {
    /** Gateway handshake frames are small; {@code hello-ok} with its method list stays well under this. */
    static final int FRAME_LIMIT = ReadBounds.WEBSOCKET_MESSAGE_BYTES;
    /** Protocol 4 is current (2026.9.6); Clawdbot 2026.1.24-3 accepts a 3..4 range too. */
    static final int MIN_PROTOCOL = 3;
    static final int MAX_PROTOCOL = 4;
    static final String CLIENT_VERSION = "0.1.0";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final ProbeContext context;

    ConnectObserver(HttpClient client, ProbeContext context) {
        this.client = client;
        this.context = context;
    }

    List<ConnectAttempt> observe(URI webSocketUrl, List<PlannedConnect> plan) throws InterruptedException {
        List<Session> sessions = new ArrayList<>();
        for (PlannedConnect connect : plan) {
            sessions.add(start(webSocketUrl, connect));
        }
        List<ConnectAttempt> attempts = new ArrayList<>();
        for (Session session : sessions) {
            attempts.add(session.await(context.deadline().cap(context.perCallTimeout())));
        }
        return attempts;
    }

    private Session start(URI url, PlannedConnect connect) {
        Session session = new Session(connect);
        WebSocket.Builder builder = client.newWebSocketBuilder()
                .connectTimeout(context.deadline().cap(context.perCallTimeout()));
        connect.headers().forEach(builder::header);
        session.socket = builder.buildAsync(url, session);
        session.socket.whenComplete((ws, error) -> {
            if (error != null) {
                session.upgradeFailed(error);
            }
        });
        return session;
    }

    static String connectRequest(PlannedConnect connect) {
        ObjectNode request = JSON.createObjectNode().put("type", "req").put("id", "1").put("method", "connect");
        ObjectNode params = request.putObject("params").put("minProtocol", MIN_PROTOCOL)
                .put("maxProtocol", MAX_PROTOCOL);
        params.putObject("client").put("id", connect.clientId()).put("version", CLIENT_VERSION)
                .put("platform", "linux").put("mode", connect.mode());
        params.put("role", "operator");
        params.putArray("scopes").add("operator.read");
        return request.toString(); // deliberately no "auth": missing-credential probes only
    }

    /** One connect in flight; the listener callbacks run on the client's threads, one at a time. */
    private static final class Session implements WebSocket.Listener {
        private final PlannedConnect plan;
        private final CompletableFuture<ConnectAttempt> done = new CompletableFuture<>();
        private final StringBuilder frame = new StringBuilder();
        private CompletableFuture<WebSocket> socket;
        private volatile boolean challengeSeen;
        private volatile Optional<Boolean> accepted = Optional.empty();
        private volatile String errorCode = "";
        private volatile String detailCode = "";
        private volatile String message = "";
        private volatile Optional<String> serverVersion = Optional.empty();

        Session(PlannedConnect plan) {
            this.plan = plan;
        }

        ConnectAttempt await(Duration wait) throws InterruptedException {
            try {
                return done.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                abort();
                return attempt(upgraded() ? 101 : 0, 0, Optional.of((challengeSeen ? "no connect response"
                        : upgraded() ? "no connect.challenge" : "no upgrade") + " within " + wait.toMillis() + " ms"));
            } catch (ExecutionException e) {
                return attempt(0, 0, Optional.of(Failures.describe(e)));
            } catch (InterruptedException e) {
                abort();
                throw e;
            }
        }

        private boolean upgraded() {
            return socket.isDone() && !socket.isCompletedExceptionally();
        }

        private void abort() {
            socket.cancel(true);
            if (upgraded()) {
                socket.join().abort();
            }
        }

        void upgradeFailed(Throwable error) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause()
                    : error;
            if (cause instanceof WebSocketHandshakeException handshake) {
                done.complete(attempt(handshake.getResponse().statusCode(), 0, Optional.empty()));
            } else {
                done.complete(attempt(0, 0, Optional.of(Failures.describe(cause))));
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            if (frame.length() + data.length() > FRAME_LIMIT) {
                ws.abort();
                done.complete(attempt(101, 0, Optional.of("WebSocket message longer than the "
                        + ReadBounds.kib(FRAME_LIMIT) + " read bound; reading stopped there")));
                return null;
            }
            frame.append(data);
            if (last) {
                String text = frame.toString();
                frame.setLength(0);
                handle(ws, text);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            ws.request(1); // the gateway speaks JSON text frames; ignore anything else
            return null;
        }

        private void handle(WebSocket ws, String text) {
            JsonNode message;
            try {
                message = JSON.readTree(text);
            } catch (java.io.IOException e) {
                return; // not JSON: not part of the handshake
            }
            if ("event".equals(message.path("type").asText()) && "connect.challenge".equals(
                    message.path("event").asText()) && !challengeSeen) {
                challengeSeen = true;
                ws.sendText(connectRequest(plan), true);
            } else if ("res".equals(message.path("type").asText()) && "1".equals(message.path("id").asText())) {
                JsonNode error = message.path("error");
                accepted = Optional.of(message.path("ok").asBoolean(false));
                errorCode = error.path("code").asText("");
                detailCode = error.path("details").path("code").asText("");
                this.message = error.path("message").asText("");
                String version = message.path("payload").path("server").path("version").asText("");
                serverVersion = version.isEmpty() ? Optional.empty() : Optional.of(version);
                done.complete(attempt(101, 0, Optional.empty()));
                ws.sendClose(WebSocket.NORMAL_CLOSURE, "bulwark verify done");
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            if (message.isEmpty()) {
                message = reason == null ? "" : reason;
            }
            done.complete(attempt(101, statusCode, Optional.empty()));
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            done.complete(attempt(101, 0, Optional.of(Failures.describe(error))));
        }

        private ConnectAttempt attempt(int upgradeStatus, int closeCode, Optional<String> failure) {
            return new ConnectAttempt(plan.purpose(), plan.clientId(), plan.mode(), plan.headers(), upgradeStatus,
                    challengeSeen, accepted, errorCode, detailCode, message, closeCode, serverVersion, failure);
        }
    }
}
