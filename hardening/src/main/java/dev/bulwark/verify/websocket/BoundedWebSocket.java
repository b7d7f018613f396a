package dev.bulwark.verify.websocket;

import dev.bulwark.verify.net.Endpoint;
import dev.bulwark.verify.net.ReadBounds;
import dev.bulwark.verify.net.SocketWatchdog;
import dev.bulwark.verify.net.SslContexts;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;

/**
 * One WebSocket connection with bounded reads and a time budget: the whole conversation, connect included, ends
 * when {@code budget} is spent (the socket is closed under any blocked read). Not thread-safe; one caller at a time,
 * except {@link #close()}, which any thread may call to abort.
 */
public final class BoundedWebSocket implements Closeable {
    /** Close code for a normal end (RFC 6455 section 7.4.1). */
    public static final int NORMAL_CLOSURE = 1000;

    private static final Random RANDOM = new SecureRandom();

    private final Socket socket;
    private final SocketWatchdog watchdog;
    private final InputStream in;
    private final OutputStream out;
    private final MessageReader messages;

    private BoundedWebSocket(Socket socket, SocketWatchdog watchdog, InputStream in, OutputStream out) {
        this.socket = socket;
        this.watchdog = watchdog;
        this.in = in;
        this.out = out;
        this.messages = new MessageReader(in, ReadBounds.WEBSOCKET_MESSAGE_BYTES);
    }

    /** How the opening handshake ended. */
    public sealed interface Opening {
    }

    /** The server switched protocols and proved it read our key. */
    public record Upgraded(BoundedWebSocket socket) implements Opening {
    }

    /** The server answered the upgrade with another status; its body was not read (the connection is closed). */
    public record Refused(int status, Map<String, String> headers) implements Opening {
    }

    /**
     * Connects to {@code url} ({@code ws://} or {@code wss://} over {@code tls}, host name checked) and sends the
     * upgrade request with {@code headers}.
     *
     * @param onSocket told the connection's socket as soon as it exists, so another thread can abort it
     * @throws IOException the connect, TLS handshake or response head failed, a bound was hit
     *                     ({@link ReadBounds.BoundHit}), or the budget ran out ({@link #timedOut} says so)
     */
    public static Opening open(URI url, Map<String, String> headers, SSLContext tls, Duration budget,
                               Consumer<Closeable> onSocket) throws IOException {
        boolean secure = "wss".equals(url.getScheme().toLowerCase(Locale.ROOT));
        Endpoint endpoint = new Endpoint(url.getHost(), url.getPort() != -1 ? url.getPort() : secure ? 443 : 80);
        Socket raw = new Socket();
        onSocket.accept(raw);
        SocketWatchdog watchdog = SocketWatchdog.closeAfter(raw, budget);
        try {
            raw.connect(new InetSocketAddress(InetAddress.getByName(endpoint.host()), endpoint.port()),
                    Math.max(1, (int) budget.toMillis()));
            raw.setSoTimeout(Math.max(1, (int) budget.toMillis()));
            Socket socket = secure ? SslContexts.clientSocket(tls, raw, endpoint, true) : raw;
            BoundedWebSocket ws = new BoundedWebSocket(raw, watchdog, new BufferedInputStream(socket.getInputStream()),
                    socket.getOutputStream());
            OpeningHandshake handshake = OpeningHandshake.withFreshKey(RANDOM);
            ws.out.write(handshake.request(url, headers));
            ws.out.flush();
            ResponseHead head = ResponseHead.read(ws.in, ReadBounds.HEADER_BYTES);
            if (head.status() != 101) {
                ws.close(); // the body of a refused upgrade is never read: nothing in it matters to a probe
                return new Refused(head.status(), head.headers());
            }
            handshake.checkUpgrade(head);
            return new Upgraded(ws);
        } catch (IOException e) {
            watchdog.close();
            raw.close();
            throw watchdog.fired() ? new TimedOut(budget, e) : e;
        } catch (RuntimeException e) {
            watchdog.close();
            raw.close();
            throw e;
        }
    }

    /** Whether {@code error} means the budget ran out (rather than the server failing). */
    public static boolean timedOut(Throwable error) {
        return error instanceof TimedOut || error instanceof SocketTimeoutException;
    }

    /** The next message or control frame from the server; pings are answered with a pong on the way. */
    public Message receive() throws IOException {
        try {
            Message message = messages.next();
            if (message instanceof Message.Ping ping) {
                new Frame(true, Frame.PONG, ping.payload()).writeMasked(out, RANDOM);
            }
            return message;
        } catch (IOException e) {
            throw watchdog.fired() ? new TimedOut(Duration.ZERO, e) : e;
        }
    }

    /** Sends one text message in one masked frame. */
    public void sendText(String text) throws IOException {
        new Frame(true, Frame.TEXT, text.getBytes(StandardCharsets.UTF_8)).writeMasked(out, RANDOM);
    }

    /** Sends a close frame; the caller then closes without waiting for the server's. */
    public void sendClose(int code, String reason) throws IOException {
        byte[] text = reason.getBytes(StandardCharsets.UTF_8);
        byte[] payload = new byte[2 + Math.min(text.length, Frame.CONTROL_PAYLOAD - 2)];
        payload[0] = (byte) (code >>> 8);
        payload[1] = (byte) code;
        System.arraycopy(text, 0, payload, 2, payload.length - 2);
        new Frame(true, Frame.CLOSE, payload).writeMasked(out, RANDOM);
    }

    /** Closes the TCP socket (never blocks, whatever TLS is doing). */
    @Override
    public void close() throws IOException {
        watchdog.close();
        socket.close();
    }

    /** The time budget ran out while the connection was in use. */
    public static final class TimedOut extends IOException {
        private static final long serialVersionUID = 1L;

        TimedOut(Duration budget, Throwable cause) {
            super("time budget" + (budget.isZero() ? "" : " of " + budget.toMillis() + " ms") + " ran out", cause);
        }
    }
}
