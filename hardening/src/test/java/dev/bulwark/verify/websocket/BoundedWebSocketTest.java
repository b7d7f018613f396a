package dev.bulwark.verify.websocket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.verify.net.LoopbackServer;
import dev.bulwark.verify.net.ReadBounds;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The bounded WebSocket client against real servers on loopback: one that follows RFC 6455 (written here, with its
 * own accept computation), and hostile ones (endless upgrade body, endless headers, oversized and endless frames,
 * a wrong accept, a masked server frame, silence). The class timeout is a hang guard, not a speed goal.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BoundedWebSocketTest {
    private static final Duration BUDGET = Duration.ofSeconds(20);
    private static final Pattern KEY = Pattern.compile("(?i)\\r\\nSec-WebSocket-Key: *([A-Za-z0-9+/=]+)\\r\\n");

    @Test
    void accept_rfc6455Example_matchesTheRfc() {
        assertEquals("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", OpeningHandshake.accept("dGhlIHNhbXBsZSBub25jZQ=="));
    }

    @Test
    void open_conformingServer_exchangesTextBothWaysAndAnswersPings() throws Exception {
        BlockingQueue<String> serverSaw = new LinkedBlockingQueue<>();
        try (LoopbackServer server = LoopbackServer.plain(connection -> {
            String head = readHead(connection.getInputStream());
            serverSaw.add(head);
            upgrade(connection, head);
            OutputStream out = connection.getOutputStream();
            out.write(new byte[] {0x01, 0x03, 'h', 'e', 'l'}); // "hel", not final
            out.write(new byte[] {(byte) 0x89, 0x02, 'p', '1'}); // a ping between the fragments
            out.write(new byte[] {(byte) 0x80, 0x02, 'l', 'o'}); // "lo", final continuation
            out.flush();
            DataInputStream in = new DataInputStream(connection.getInputStream());
            serverSaw.add("pong " + new String(readClientFrame(in, 0xA), StandardCharsets.UTF_8));
            String said = new String(readClientFrame(in, 0x1), StandardCharsets.UTF_8);
            byte[] echo = ("echo:" + said).getBytes(StandardCharsets.UTF_8);
            out.write(new byte[] {(byte) 0x81, (byte) echo.length});
            out.write(echo);
            out.write(new byte[] {(byte) 0x88, 0x04, 0x03, (byte) 0xE8, 'o', 'k'});
            out.flush();
            readClientFrame(in, 0x8);
        })) {
            BoundedWebSocket.Opening opening = BoundedWebSocket.open(url(server), Map.of("Origin",
                    "https://evil.example"), sslDefault(), BUDGET, socket -> { });
            try (BoundedWebSocket ws = assertInstanceOf(BoundedWebSocket.Upgraded.class, opening).socket()) {
                assertEquals(new Message.Text("hello"), nextData(ws));
                ws.sendText("hi");
                assertEquals(new Message.Text("echo:hi"), ws.receive());
                assertEquals(new Message.Close(1000, "ok"), ws.receive());
                ws.sendClose(BoundedWebSocket.NORMAL_CLOSURE, "done");
            }
            String head = serverSaw.take();
            assertTrue(head.startsWith("GET /ws HTTP/1.1\r\n"), head);
            assertTrue(head.contains("\r\nOrigin: https://evil.example\r\n"), head);
            assertTrue(head.contains("\r\nSec-WebSocket-Version: 13\r\n"), head);
            assertEquals("pong p1", serverSaw.take());
        }
    }

    @Test
    void open_refusedWithEndlessBody_returnsTheStatusWithoutReadingTheBody() throws Exception {
        LongAdder sent = new LongAdder();
        BoundedWebSocket.Opening opening;
        try (LoopbackServer server = LoopbackServer.plain(connection -> {
            readHead(connection.getInputStream());
            OutputStream out = connection.getOutputStream();
            out.write("HTTP/1.1 403 Forbidden\r\nTransfer-Encoding: chunked\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("10000\r\n" + "a".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            while (!connection.isClosed()) {
                out.write(chunk);
                sent.add(chunk.length);
            }
        })) {
            opening = BoundedWebSocket.open(url(server), Map.of(), sslDefault(), BUDGET, socket -> { });
            Thread.sleep(1_000); // let the server fill whatever buffers remain
        }

        assertEquals(403, assertInstanceOf(BoundedWebSocket.Refused.class, opening).status());
        assertTrue(sent.sum() < 64L * 1024 * 1024, "the server streamed " + sent.sum() + " body bytes");
    }

    @Test
    void open_endlessHeaders_stopsAtTheHeaderBound() throws Exception {
        try (LoopbackServer server = LoopbackServer.plain(connection -> {
            readHead(connection.getInputStream());
            OutputStream out = connection.getOutputStream();
            out.write("HTTP/1.1 101 Switching Protocols\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] filler = ("X-Filler: " + "a".repeat(1000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            while (!connection.isClosed()) {
                out.write(filler);
            }
        })) {
            IOException e = assertThrows(IOException.class, () -> BoundedWebSocket.open(url(server), Map.of(),
                    sslDefault(), BUDGET, socket -> { }));

            assertInstanceOf(ReadBounds.BoundHit.class, e);
            assertEquals("response headers longer than the " + ReadBounds.kib(ReadBounds.HEADER_BYTES)
                    + " read bound; reading stopped there", e.getMessage());
        }
    }

    @Test
    void open_wrongAccept_isNotAWebSocket() throws Exception {
        try (LoopbackServer server = LoopbackServer.plain(connection -> {
            readHead(connection.getInputStream());
            connection.getOutputStream().write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            connection.getInputStream().read();
        })) {
            ProtocolException e = assertThrows(ProtocolException.class, () -> BoundedWebSocket.open(url(server),
                    Map.of(), sslDefault(), BUDGET, socket -> { }));

            assertTrue(e.getMessage().contains("Sec-WebSocket-Accept does not match"), e.getMessage());
        }
    }

    @Test
    void receive_frameDeclaringATebibyte_stopsBeforeReadingIt() throws Exception {
        byte[] huge = {(byte) 0x81, 127, 0, 0, 1, 0, 0, 0, 0, 0};
        assertBoundHit(huge);
    }

    @Test
    void receive_endlessFragments_stopAtTheMessageBound() throws Exception {
        byte[] fragment = new byte[4 + 0xFFFF];
        fragment[0] = 0x01;
        fragment[1] = 126;
        fragment[2] = (byte) 0xFF;
        fragment[3] = (byte) 0xFF;
        byte[] continuation = fragment.clone();
        continuation[0] = 0x00;
        ByteArrayOutputStream frames = new ByteArrayOutputStream();
        frames.write(fragment);
        for (int i = 0; i < 8; i++) {
            frames.write(continuation);
        }
        assertBoundHit(frames.toByteArray());
    }

    @Test
    void receive_maskedServerFrame_isAProtocolError() throws Exception {
        try (LoopbackServer server = upgradingServer(new byte[] {(byte) 0x81, (byte) 0x81, 1, 2, 3, 4, 'x'})) {
            try (BoundedWebSocket ws = upgraded(server)) {
                ProtocolException e = assertThrows(ProtocolException.class, ws::receive);

                assertTrue(e.getMessage().contains("masked"), e.getMessage());
            }
        }
    }

    @Test
    void receive_silentServer_endsAtTheBudget() throws Exception {
        try (LoopbackServer server = upgradingServer(new byte[0])) {
            BoundedWebSocket.Opening opening = BoundedWebSocket.open(url(server), Map.of(), sslDefault(),
                    Duration.ofMillis(500), socket -> { });
            try (BoundedWebSocket ws = assertInstanceOf(BoundedWebSocket.Upgraded.class, opening).socket()) {
                IOException e = assertThrows(IOException.class, ws::receive);

                assertTrue(BoundedWebSocket.timedOut(e), e.toString());
            }
        }
    }

    private static void assertBoundHit(byte[] frames) throws Exception {
        try (LoopbackServer server = upgradingServer(frames)) {
            try (BoundedWebSocket ws = upgraded(server)) {
                IOException e = assertThrows(IOException.class, ws::receive);

                assertInstanceOf(ReadBounds.BoundHit.class, e);
                assertEquals("WebSocket message longer than the 256 KiB read bound; reading stopped there",
                        e.getMessage());
            }
        }
    }

    private static Message nextData(BoundedWebSocket ws) throws IOException {
        Message message = ws.receive();
        while (message instanceof Message.Ping || message instanceof Message.Pong) {
            message = ws.receive();
        }
        return message;
    }

    /** A server that upgrades properly, sends {@code frames}, then waits for the client to hang up. */
    private static LoopbackServer upgradingServer(byte[] frames) {
        return LoopbackServer.plain(connection -> {
            upgrade(connection, readHead(connection.getInputStream()));
            connection.getOutputStream().write(frames);
            connection.getOutputStream().flush();
            while (connection.getInputStream().read() >= 0) {
                // until the client closes
            }
        });
    }

    private static BoundedWebSocket upgraded(LoopbackServer server) throws IOException {
        return assertInstanceOf(BoundedWebSocket.Upgraded.class, BoundedWebSocket.open(url(server), Map.of(),
                sslDefault(), BUDGET, socket -> { })).socket();
    }

    private static SSLContext sslDefault() {
        try {
            return SSLContext.getDefault();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URI url(LoopbackServer server) {
        return URI.create("ws://127.0.0.1:" + server.port() + "/ws");
    }

    /** The server's side of the opening handshake, its accept computed here from the RFC's recipe. */
    private static void upgrade(Socket connection, String head) throws IOException {
        Matcher key = KEY.matcher(head);
        if (!key.find()) {
            throw new IOException("no Sec-WebSocket-Key");
        }
        String accept;
        try {
            accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(
                    (key.group(1) + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
        connection.getOutputStream().write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Accept: " + accept + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n") && head.length() < 64 * 1024) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("client hung up");
            }
            head.append((char) b);
        }
        return head.toString();
    }

    /** Reads one client frame, checking it is masked (as RFC 6455 requires) and of {@code opcode}. */
    private static byte[] readClientFrame(DataInputStream in, int opcode) throws IOException {
        int b0 = in.readUnsignedByte();
        int b1 = in.readUnsignedByte();
        if ((b0 & 0x0F) != opcode || (b1 & 0x80) == 0 || (b1 & 0x7F) > 125) {
            throw new IOException("unexpected client frame " + b0 + " " + b1);
        }
        byte[] mask = new byte[4];
        in.readFully(mask);
        byte[] payload = new byte[b1 & 0x7F];
        in.readFully(payload);
        for (int i = 0; i < payload.length; i++) {
            payload[i] ^= mask[i & 3];
        }
        return payload;
    }

    @Test
    void frame_clientFrame_isMaskedAndRoundTrips() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] text = "x".repeat(70_000).getBytes(StandardCharsets.UTF_8);
        new Frame(true, Frame.TEXT, text).writeMasked(out, new java.util.Random(1));
        byte[] wire = out.toByteArray();
        assertEquals((byte) 0xFF, wire[1]); // mask bit and 64-bit length
        byte[] payload = new byte[text.length];
        for (int i = 0; i < text.length; i++) {
            payload[i] = (byte) (wire[14 + i] ^ wire[10 + (i & 3)]);
        }
        assertArrayEquals(text, payload);
    }
}
