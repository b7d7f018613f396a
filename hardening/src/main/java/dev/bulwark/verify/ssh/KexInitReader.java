package dev.bulwark.verify.ssh;

import dev.bulwark.verify.Deadline;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a server's banner and SSH_MSG_KEXINIT over a plain socket: the server sends both before any key exchange,
 * so its offer is read exactly, with no crypto and nothing sent but our own identification line. Everything the
 * server sends is untrusted: lengths are capped and names must be printable ASCII.
 */
public final class KexInitReader {
    /** Sent so the server's log shows who looked. */
    static final String CLIENT_ID = "SSH-2.0-bulwark_verify";
    private static final int MAX_LINE = 1024;
    private static final int MAX_LINES_BEFORE_BANNER = 32;
    /** RFC 4253 §6.1: implementations must handle packets of 35000 bytes; a KEXINIT is far smaller. */
    private static final int MAX_PACKET = 35_000;
    private static final int MSG_IGNORE = 2;
    private static final int MSG_DEBUG = 4;
    private static final int MSG_KEXINIT = 20;
    private static final int MAX_SKIPPED_PACKETS = 8;

    private KexInitReader() {
    }

    /**
     * Connects and reads within {@code deadline}, each connect or read capped at {@code perCall}; a server that
     * drips bytes cannot stretch the read past the deadline.
     */
    public static ServerHello read(SshEndpoint endpoint, Deadline deadline, Duration perCall) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), deadline.capMillis(perCall));
            InputStream in = new DeadlineInputStream(new BufferedInputStream(socket.getInputStream()), socket,
                    deadline, perCall);
            OutputStream out = socket.getOutputStream();
            out.write((CLIENT_ID + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String banner = readBanner(in);
            if (!banner.startsWith("SSH-2.0-") && !banner.startsWith("SSH-1.99-")) {
                // An SSH-1-only server sends no KEXINIT; report the banner alone.
                throw new SshProtocolException("the server speaks only SSH protocol 1 (banner '" + banner
                        + "'), which has been broken since 2001; disable it");
            }
            return new ServerHello(banner, parse(readKexInitPayload(new DataInputStream(in))));
        }
    }

    /** The identification line; lines before it (allowed by RFC 4253 §4.2) are skipped, a few of them. */
    static String readBanner(InputStream in) throws IOException {
        for (int i = 0; i < MAX_LINES_BEFORE_BANNER; i++) {
            String line = readLine(in);
            if (line.startsWith("SSH-")) {
                return line;
            }
        }
        throw new SshProtocolException("no SSH identification line in the first " + MAX_LINES_BEFORE_BANNER
                + " lines: this port does not speak SSH");
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the server closed the connection before sending its SSH banner");
            }
            if (b == '\n') {
                break;
            }
            if (line.size() >= MAX_LINE) {
                throw new SshProtocolException("a line longer than " + MAX_LINE + " bytes before the SSH banner: "
                        + "this port does not speak SSH");
            }
            line.write(b);
        }
        String text = line.toString(StandardCharsets.US_ASCII);
        text = text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
        return printable(text);
    }

    static byte[] readKexInitPayload(DataInputStream in) throws IOException {
        for (int i = 0; i < MAX_SKIPPED_PACKETS; i++) {
            int length = in.readInt();
            if (length < 5 || length > MAX_PACKET) {
                throw new SshProtocolException("the server sent a packet of " + Integer.toUnsignedString(length)
                        + " bytes where a KEXINIT was expected");
            }
            int padding = in.readUnsignedByte();
            if (padding >= length) {
                throw new SshProtocolException("the server sent a packet whose padding is longer than the packet");
            }
            byte[] payload = new byte[length - padding - 1];
            in.readFully(payload);
            in.skipNBytes(padding);
            int type = payload.length == 0 ? -1 : payload[0] & 0xff;
            if (type == MSG_KEXINIT) {
                return payload;
            }
            if (type != MSG_IGNORE && type != MSG_DEBUG) {
                throw new SshProtocolException("the server sent message type " + type + " before its KEXINIT");
            }
        }
        throw new SshProtocolException("the server sent " + MAX_SKIPPED_PACKETS + " packets and no KEXINIT");
    }

    /** Parses a KEXINIT payload: type byte, 16-byte cookie, then ten name-lists (RFC 4253 §7.1). */
    static KexInit parse(byte[] payload) throws SshProtocolException {
        int[] pos = {17};
        List<List<String>> lists = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            lists.add(nameList(payload, pos));
        }
        return new KexInit(lists.get(0), lists.get(1), lists.get(2), lists.get(3), lists.get(4), lists.get(5),
                lists.get(6), lists.get(7));
    }

    private static List<String> nameList(byte[] payload, int[] pos) throws SshProtocolException {
        int p = pos[0];
        if (p + 4 > payload.length) {
            throw new SshProtocolException("the server's KEXINIT is truncated");
        }
        long length = ((payload[p] & 0xffL) << 24) | ((payload[p + 1] & 0xff) << 16) | ((payload[p + 2] & 0xff) << 8)
                | (payload[p + 3] & 0xff);
        if (length > payload.length - p - 4) {
            throw new SshProtocolException("a name-list in the server's KEXINIT runs past the packet");
        }
        String text = new String(payload, p + 4, (int) length, StandardCharsets.US_ASCII);
        pos[0] = p + 4 + (int) length;
        List<String> names = new ArrayList<>();
        for (String name : text.split(",")) {
            if (name.isEmpty()) {
                continue;
            }
            if (!name.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
                throw new SshProtocolException("the server's KEXINIT holds a name that is not printable ASCII");
            }
            names.add(name);
        }
        return names;
    }

    /** Control and non-ASCII characters in server text become '?', so reports and terminals stay clean. */
    static String printable(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.chars().forEach(c -> b.append(c >= 0x20 && c < 0x7f ? (char) c : '?'));
        return b.toString();
    }
}
