package dev.bulwark.verify.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import javax.net.ssl.SSLContext;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * A TLS server on loopback that misbehaves in one of the ways a hostile endpoint can, for the bounded-read tests
 * and for the peak-memory benchmark (docs/benchmarks.md), which runs it as a program:
 *
 * <pre>
 * java -cp hardening/target/test-classes:hardening/target/classes:$(cat cp.txt) \
 *     dev.bulwark.verify.net.HostileTlsServer endless-body 127.0.0.2 8443
 * </pre>
 *
 * (tests/benchmarks/verify-hostile-rss.sh runs every mode that way).
 *
 * Its certificate is self-signed and made at start, so the verifier reports it as untrusted and keeps looking
 * behind it, which is where the hostile answers are.
 */
public final class HostileTlsServer {

    /** What the server answers to every request on every connection. */
    public enum Mode {
        /** {@code 200}, then header lines for ever. */
        ENDLESS_HEADERS,
        /** {@code 200} with a chunked body that never ends. */
        ENDLESS_BODY,
        /** {@code 302} to itself, every time. */
        REDIRECT_LOOP,
        /** {@code 200} and a header, then one byte a second for ever. */
        ONE_BYTE_A_SECOND,
        /**
         * A small {@code 200} page to ordinary requests, but a chunked body that never ends in reply to a WebSocket
         * upgrade (what the JDK WebSocket client read whole).
         */
        ENDLESS_UPGRADE_BODY;

        static Mode parse(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    private static final byte[] FILLER = ("X-Filler: " + "a".repeat(1000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CHUNK = chunk(64 * 1024);

    private HostileTlsServer() {
    }

    /** A self-signed TLS context for {@code localhost} and the loopback addresses. */
    public static SSLContext selfSigned() {
        HeldCertificate certificate = new HeldCertificate.Builder().commonName("localhost")
                .addSubjectAlternativeName("localhost").addSubjectAlternativeName("127.0.0.1")
                .addSubjectAlternativeName("127.0.0.2").duration(90, TimeUnit.DAYS).build();
        return new HandshakeCertificates.Builder().heldCertificate(certificate).build().sslContext();
    }

    /** The behaviour of {@code mode} for a {@link LoopbackServer}. */
    public static LoopbackServer.Handler handler(Mode mode) {
        return handler(mode, new LongAdder());
    }

    /** The behaviour of {@code mode}, adding to {@code bodyBytesSent} every body byte the client took. */
    public static LoopbackServer.Handler handler(Mode mode, LongAdder bodyBytesSent) {
        return connection -> {
            InputStream in = connection.getInputStream();
            OutputStream out = connection.getOutputStream();
            for (String head = readRequestHead(in); head != null; head = readRequestHead(in)) {
                switch (mode) {
                    case ENDLESS_HEADERS -> {
                        out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII));
                        while (!connection.isClosed()) {
                            out.write(FILLER);
                        }
                    }
                    case ENDLESS_BODY -> {
                        out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                        endlessChunks(connection, out, bodyBytesSent);
                    }
                    case ENDLESS_UPGRADE_BODY -> {
                        if (head.toLowerCase(Locale.ROOT).contains("upgrade: websocket")) {
                            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                            endlessChunks(connection, out, bodyBytesSent);
                        }
                        out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 13\r\n\r\n"
                                + "<p>hello</p>\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    case REDIRECT_LOOP -> out.write(("HTTP/1.1 302 Found\r\nLocation: /\r\nContent-Length: 0\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    case ONE_BYTE_A_SECOND -> trickle(connection, out);
                    default -> throw new IllegalStateException(mode.name());
                }
                out.flush();
            }
        };
    }

    private static void endlessChunks(Socket connection, OutputStream out, LongAdder sent) throws IOException {
        while (!connection.isClosed()) {
            out.write(CHUNK);
            sent.add(CHUNK.length);
        }
    }

    private static void trickle(Socket connection, OutputStream out) throws IOException {
        out.write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        try {
            while (!connection.isClosed()) {
                Thread.sleep(Duration.ofSeconds(1).toMillis()); // the point of this server is to be slow
                out.write('X');
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads one request head; null when the client hung up. Bounded so a client cannot make the server grow. */
    private static String readRequestHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int matched = 0;
        for (int n = 0; n < 64 * 1024; n++) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.append((char) b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
            if (matched == 4) {
                return head.toString();
            }
        }
        return null;
    }

    private static byte[] chunk(int size) {
        byte[] head = (Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] chunk = Arrays.copyOf(head, head.length + size + 2);
        Arrays.fill(chunk, head.length, head.length + size, (byte) 'a');
        chunk[chunk.length - 2] = '\r';
        chunk[chunk.length - 1] = '\n';
        return chunk;
    }

    /** {@code HostileTlsServer MODE [ADDRESS [PORT]]}: serves until killed; prints the port it listens on. */
    public static void main(String[] args) throws InterruptedException {
        if (args.length < 1) {
            System.err.println("usage: HostileTlsServer endless-headers|endless-body|redirect-loop|one-byte-a-second"
                    + "|endless-upgrade-body [address (127.0.0.1)] [port (0: any)]");
            System.exit(2);
        }
        Mode mode = Mode.parse(args[0]);
        String address = args.length > 1 ? args[1] : "127.0.0.1";
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        LoopbackServer server = LoopbackServer.tls(selfSigned(), address, port, handler(mode));
        System.out.println(server.port());
        Thread.currentThread().join();
    }
}
