package dev.bulwark.verify.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;

/** Server behaviours for {@link LoopbackServer}: well-behaved HTTP, and the ways a hostile server misbehaves. */
public final class Handlers {
    private static final int MAX_REQUEST_HEAD = 64 * 1024;

    private Handlers() {
    }

    /** Reads the request head, answers {@code statusLine} with {@code headerLines} ("Name: value") and no body. */
    public static LoopbackServer.Handler http(String statusLine, String... headerLines) {
        return connection -> {
            readRequestHead(connection.getInputStream());
            StringBuilder response = new StringBuilder("HTTP/1.1 ").append(statusLine).append("\r\n");
            for (String header : headerLines) {
                response.append(header).append("\r\n");
            }
            response.append("Content-Length: 0\r\nConnection: close\r\n\r\n");
            write(connection, response.toString().getBytes(StandardCharsets.US_ASCII));
        };
    }

    /** Completes the TLS handshake (if any) by reading, then never answers until the client gives up. */
    public static LoopbackServer.Handler tarpit() {
        return connection -> {
            InputStream in = connection.getInputStream();
            while (in.read() != -1) {
                // swallow whatever arrives; never answer
            }
        };
    }

    /** Answers anything with random bytes, then hangs up. */
    public static LoopbackServer.Handler garbage() {
        return connection -> {
            byte[] noise = new byte[8192];
            new Random(42).nextBytes(noise);
            noise[0] = 'Z'; // not a TLS record type, not "HTTP/"
            write(connection, noise);
        };
    }

    /** A valid status line followed by header lines for ever (until the client hangs up). */
    public static LoopbackServer.Handler endlessHeaders() {
        return connection -> {
            readRequestHead(connection.getInputStream());
            OutputStream out = connection.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] line = ("X-Filler: " + "a".repeat(1000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            while (!connection.isClosed()) {
                out.write(line);
            }
        };
    }

    /**
     * Answers with {@code prefix}, then one more byte every {@code gap}, for ever: each read sees data before its
     * timeout, so only a bound on the whole exchange stops the client.
     */
    public static LoopbackServer.Handler trickle(byte[] prefix, Duration gap) {
        return connection -> {
            OutputStream out = connection.getOutputStream();
            out.write(prefix);
            out.flush();
            try {
                while (true) {
                    Thread.sleep(gap.toMillis()); // the point of this server is to be slow
                    out.write('a');
                    out.flush();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** Reads up to the blank line that ends a request head. */
    static void readRequestHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length && head.size() < MAX_REQUEST_HEAD) {
            int b = in.read();
            if (b == -1) {
                throw new IOException("client closed before the end of its request head");
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
        }
    }

    private static void write(Socket connection, byte[] bytes) throws IOException {
        OutputStream out = connection.getOutputStream();
        out.write(bytes);
        out.flush();
    }
}
