package dev.bulwark.verify.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.verify.ProbeContext;
import dev.bulwark.verify.net.ReadBounds;
import dev.bulwark.verify.websocket.BoundedWebSocket;
import dev.bulwark.verify.websocket.Message;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;

/**
 * Tries the planned WebSocket connects in parallel: waits for the server's {@code connect.challenge}, answers with a
 * {@code connect} request that carries no {@code auth} at all, records the response and closes. It uses bulwark's
 * own {@link BoundedWebSocket}: a refused upgrade's body is never read, messages are bounded, and each connect ends
 * when the deadline's share for it is spent.
 */
final class ConnectObserver {
    /** Gateway handshake frames are small; {@code hello-ok} with its method list stays well under this. */
    static final int FRAME_LIMIT = ReadBounds.WEBSOCKET_MESSAGE_BYTES;
    /** Protocol 4 is current (2026.9.6); Clawdbot 2026.1.24-3 accepts a 3..4 range too. */
    static final int MIN_PROTOCOL = 3;
    static final int MAX_PROTOCOL = 4;
    static final String CLIENT_VERSION = "0.1.0";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ExecutorService SESSIONS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "bulwark-websocket");
        thread.setDaemon(true);
        return thread;
    });

    private final SSLContext tls;
    private final ProbeContext context;

    ConnectObserver(SSLContext tls, ProbeContext context) {
        this.tls = tls;
        this.context = context;
    }

    List<ConnectAttempt> observe(URI webSocketUrl, List<PlannedConnect> plan) throws InterruptedException {
        Duration budget = context.deadline().cap(context.perCallTimeout());
        List<Session> sessions = new ArrayList<>();
        for (PlannedConnect connect : plan) {
            Session session = new Session(connect, webSocketUrl, budget);
            session.result = CompletableFuture.supplyAsync(session::run, SESSIONS);
            sessions.add(session);
        }
        List<ConnectAttempt> attempts = new ArrayList<>();
        try {
            for (Session session : sessions) {
                attempts.add(session.await());
            }
        } finally {
            sessions.forEach(Session::abort);
        }
        return attempts;
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

    /** One connect in flight, run on its own thread; every read is bounded and the socket closes at the budget. */
    private final class Session {
        private final PlannedConnect plan;
        private final URI url;
        private final Duration budget;
        private CompletableFuture<ConnectAttempt> result;
        private volatile Closeable socket;
        private volatile boolean challengeSeen;
        private volatile Optional<Boolean> accepted = Optional.empty();
        private volatile String errorCode = "";
        private volatile String detailCode = "";
        private volatile String message = "";
        private volatile Optional<String> serverVersion = Optional.empty();

        Session(PlannedConnect plan, URI url, Duration budget) {
            this.plan = plan;
            this.url = url;
            this.budget = budget;
        }

        ConnectAttempt await() throws InterruptedException {
            try {
                // The session ends itself at its budget (the socket is closed); the grace covers a busy machine.
                return result.get(budget.toMillis() + 5_000, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                abort();
                return attempt(0, 0, Optional.of("no upgrade within " + budget.toMillis() + " ms"));
            } catch (ExecutionException e) {
                return attempt(0, 0, Optional.of(Failures.describe(e)));
            }
        }

        void abort() {
            Closeable open = socket;
            if (open != null) {
                try {
                    open.close();
                } catch (IOException e) {
                    // closing is all we wanted
                }
            }
        }

        ConnectAttempt run() {
            BoundedWebSocket.Opening opening;
            try {
                opening = BoundedWebSocket.open(url, plan.headers(), tls, budget, open -> socket = open);
            } catch (IOException e) {
                return attempt(0, 0, Optional.of(BoundedWebSocket.timedOut(e)
                        ? "no upgrade within " + budget.toMillis() + " ms" : Failures.describe(e)));
            }
            if (opening instanceof BoundedWebSocket.Refused refused) {
                return attempt(refused.status(), 0, Optional.empty());
            }
            try (BoundedWebSocket ws = ((BoundedWebSocket.Upgraded) opening).socket()) {
                socket = ws;
                return converse(ws);
            } catch (IOException e) {
                if (BoundedWebSocket.timedOut(e)) {
                    return attempt(101, 0, Optional.of((challengeSeen ? "no connect response"
                            : "no connect.challenge") + " within " + budget.toMillis() + " ms"));
                }
                return attempt(101, 0, Optional.of(Failures.describe(e)));
            }
        }

        private ConnectAttempt converse(BoundedWebSocket ws) throws IOException {
            while (true) {
                Message next = ws.receive();
                if (next instanceof Message.Close close) {
                    if (message.isEmpty()) {
                        message = close.reason();
                    }
                    return attempt(101, close.code(), Optional.empty());
                }
                if (next instanceof Message.Text text && handle(ws, text.text())) {
                    ws.sendClose(BoundedWebSocket.NORMAL_CLOSURE, "bulwark verify done");
                    return attempt(101, 0, Optional.empty());
                }
            }
        }

        /** True once the connect response has come. */
        private boolean handle(BoundedWebSocket ws, String text) throws IOException {
            JsonNode received;
            try {
                received = JSON.readTree(text);
            } catch (IOException e) {
                return false; // not JSON: not part of the handshake
            }
            if ("event".equals(received.path("type").asText()) && "connect.challenge".equals(
                    received.path("event").asText()) && !challengeSeen) {
                challengeSeen = true;
                ws.sendText(connectRequest(plan));
            } else if ("res".equals(received.path("type").asText()) && "1".equals(received.path("id").asText())) {
                JsonNode error = received.path("error");
                accepted = Optional.of(received.path("ok").asBoolean(false));
                errorCode = error.path("code").asText("");
                detailCode = error.path("details").path("code").asText("");
                message = error.path("message").asText("");
                String version = received.path("payload").path("server").path("version").asText("");
                serverVersion = version.isEmpty() ? Optional.empty() : Optional.of(version);
                return true;
            }
            return false;
        }

        private ConnectAttempt attempt(int upgradeStatus, int closeCode, Optional<String> failure) {
            return new ConnectAttempt(plan.purpose(), plan.clientId(), plan.mode(), plan.headers(), upgradeStatus,
                    challengeSeen, accepted, errorCode, detailCode, message, closeCode, serverVersion, failure);
        }
    }
}
