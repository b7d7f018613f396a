package dev.bulwark.verify.websocket;

import dev.bulwark.verify.net.ReadBounds;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProtocolException;
import java.util.Random;

/**
 * One WebSocket frame (RFC 6455 section 5.2): reading a server's (unmasked, payload bounded) and writing a
 * client's (always masked).
 *
 * @param fin     whether this is the message's last frame
 * @param opcode  {@link #CONTINUATION}, {@link #TEXT}, {@link #BINARY}, {@link #CLOSE}, {@link #PING} or {@link #PONG}
 * @param payload the payload, unmasked
 */
record Frame(boolean fin, int opcode, byte[] payload) {
    static final int CONTINUATION = 0x0;
    static final int TEXT = 0x1;
    static final int BINARY = 0x2;
    static final int CLOSE = 0x8;
    static final int PING = 0x9;
    static final int PONG = 0xA;
    /** Control frames carry at most this much (section 5.5). */
    static final int CONTROL_PAYLOAD = 125;

    boolean isControl() {
        return opcode >= CLOSE;
    }

    /**
     * Reads one frame a server sent.
     *
     * @param maxPayload the most payload bytes this frame may carry; a longer one is not read
     * @throws ReadBounds.BoundHit when the frame's payload is longer than {@code maxPayload}
     * @throws IOException         on a protocol error (masked, reserved bits or opcodes, an oversized or fragmented
     *                             control frame) or when the bytes end early
     */
    static Frame read(InputStream in, int maxPayload) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int b0 = data.readUnsignedByte();
        int b1 = data.readUnsignedByte();
        boolean fin = (b0 & 0x80) != 0;
        int opcode = b0 & 0x0F;
        if ((b0 & 0x70) != 0) {
            throw new ProtocolException("WebSocket frame with reserved bits set (no extension was agreed)");
        }
        if (opcode > BINARY && opcode < CLOSE || opcode > PONG) {
            throw new ProtocolException("WebSocket frame with reserved opcode " + opcode);
        }
        if ((b1 & 0x80) != 0) {
            throw new ProtocolException("masked WebSocket frame from the server (RFC 6455 forbids it)");
        }
        long length = b1 & 0x7F;
        if (length == 126) {
            length = data.readUnsignedShort();
        } else if (length == 127) {
            length = data.readLong();
            if (length < 0) {
                throw new ProtocolException("WebSocket frame length with its most significant bit set");
            }
        }
        boolean control = opcode >= CLOSE;
        if (control && (!fin || length > CONTROL_PAYLOAD)) {
            throw new ProtocolException("fragmented or oversized WebSocket control frame");
        }
        if (length > maxPayload) {
            throw new ReadBounds.BoundHit(messageBoundHit());
        }
        byte[] payload = new byte[(int) length];
        data.readFully(payload);
        return new Frame(fin, opcode, payload);
    }

    /** Writes this frame as a client must: FIN as given, masked with a fresh key from {@code random}. */
    void writeMasked(OutputStream out, Random random) throws IOException {
        int length = payload.length;
        byte[] header = new byte[14];
        int n = 0;
        header[n++] = (byte) ((fin ? 0x80 : 0) | opcode);
        if (length < 126) {
            header[n++] = (byte) (0x80 | length);
        } else if (length <= 0xFFFF) {
            header[n++] = (byte) (0x80 | 126);
            header[n++] = (byte) (length >>> 8);
            header[n++] = (byte) length;
        } else {
            header[n++] = (byte) (0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                header[n++] = (byte) ((long) length >>> shift);
            }
        }
        byte[] mask = new byte[4];
        random.nextBytes(mask);
        System.arraycopy(mask, 0, header, n, 4);
        n += 4;
        byte[] masked = new byte[length];
        for (int i = 0; i < length; i++) {
            masked[i] = (byte) (payload[i] ^ mask[i & 3]);
        }
        out.write(header, 0, n);
        out.write(masked);
        out.flush();
    }

    /** The evidence when a message is longer than the read bound. */
    static String messageBoundHit() {
        return "WebSocket message longer than the " + ReadBounds.kib(ReadBounds.WEBSOCKET_MESSAGE_BYTES)
                + " read bound; reading stopped there";
    }
}
