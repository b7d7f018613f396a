package dev.bulwark.verify.websocket;

import dev.bulwark.verify.net.ReadBounds;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The status line and headers of an HTTP/1.1 response, read byte by byte up to the blank line and never past
 * {@code limit} bytes, so nothing after the head (a body, the first frames) is consumed.
 *
 * @param status  the status code
 * @param headers header names in lower case, each with its first value
 */
record ResponseHead(int status, Map<String, String> headers) {
    ResponseHead {
        headers = Map.copyOf(headers);
    }

    /** The header's first value, or empty. */
    String header(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }

    /**
     * Reads one response head.
     *
     * @throws ReadBounds.BoundHit when the head is longer than {@code limit} bytes
     * @throws IOException         when the bytes are not an HTTP/1.x response head or end early
     */
    static ResponseHead read(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int newlines = 0;
        while (newlines < 2) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the connection closed before the response head ended");
            }
            if (head.size() >= limit) {
                throw new ReadBounds.BoundHit("response headers longer than the " + ReadBounds.kib(limit)
                        + " read bound; reading stopped there");
            }
            head.write(b);
            newlines = b == '\n' ? newlines + 1 : b == '\r' ? newlines : 0;
        }
        return parse(head.toString(StandardCharsets.ISO_8859_1));
    }

    private static ResponseHead parse(String text) throws ProtocolException {
        String[] lines = text.split("\r?\n", -1); // never empty: a head of blank lines has a blank status line
        String statusLine = lines[0];
        if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12 || statusLine.charAt(8) != ' ') {
            throw new ProtocolException("not an HTTP/1.x status line: " + printable(statusLine));
        }
        int status;
        try {
            status = Integer.parseInt(statusLine.substring(9, 12));
        } catch (NumberFormatException e) {
            throw new ProtocolException("no status code in: " + printable(statusLine));
        }
        if (status < 100 || status > 999 || (statusLine.length() > 12 && statusLine.charAt(12) != ' ')) {
            throw new ProtocolException("no status code in: " + printable(statusLine));
        }
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) {
                continue; // not a header line (or an obsolete folded one): nothing the handshake needs
            }
            headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        return new ResponseHead(status, headers);
    }

    private static String printable(String line) {
        String shown = line.length() > 80 ? line.substring(0, 80) + "..." : line;
        return shown.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
