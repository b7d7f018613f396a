package dev.bulwark.verify.websocket;

import dev.bulwark.verify.net.ReadBounds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;

/**
 * Joins a server's frames into messages, never holding more than {@link ReadBounds#WEBSOCKET_MESSAGE_BYTES} of one
 * message: a longer one fails with {@link ReadBounds.BoundHit} before its excess is read.
 */
final class MessageReader {
    /** No close code in the frame (RFC 6455 section 7.1.5). */
    static final int NO_STATUS = 1005;

    private final InputStream in;
    private final int limit;
    /** The unfinished data message; control frames may come between its fragments (section 5.4). */
    private final ByteArrayOutputStream message = new ByteArrayOutputStream();
    private int messageOpcode = -1;

    MessageReader(InputStream in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next whole message or control frame. */
    Message next() throws IOException {
        while (true) {
            Frame frame = Frame.read(in, limit - message.size());
            if (frame.isControl()) {
                return control(frame);
            }
            if (messageOpcode < 0 && frame.opcode() == Frame.CONTINUATION) {
                throw new ProtocolException("WebSocket continuation frame without a message to continue");
            }
            if (messageOpcode >= 0 && frame.opcode() != Frame.CONTINUATION) {
                throw new ProtocolException("WebSocket data frame inside an unfinished message");
            }
            if (messageOpcode < 0) {
                messageOpcode = frame.opcode();
            }
            message.write(frame.payload());
            if (frame.fin()) {
                Message whole = messageOpcode == Frame.TEXT ? new Message.Text(message.toString(StandardCharsets.UTF_8))
                        : new Message.Binary(message.size());
                message.reset();
                messageOpcode = -1;
                return whole;
            }
        }
    }

    private static Message control(Frame frame) throws ProtocolException {
        byte[] payload = frame.payload();
        return switch (frame.opcode()) {
            case Frame.PING -> new Message.Ping(payload);
            case Frame.PONG -> new Message.Pong();
            default -> {
                if (payload.length == 1) {
                    throw new ProtocolException("WebSocket close frame with a one-byte payload");
                }
                int code = payload.length == 0 ? NO_STATUS : ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
                String reason = payload.length <= 2 ? ""
                        : new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8);
                yield new Message.Close(code, reason);
            }
        };
    }
}
