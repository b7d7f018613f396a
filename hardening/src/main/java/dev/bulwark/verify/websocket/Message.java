package dev.bulwark.verify.websocket;

/** What a server sent, a whole message at a time (fragments joined, control frames as they come). */
public sealed interface Message {

    /** A text message, decoded as UTF-8 (malformed bytes replaced). */
    record Text(String text) implements Message {
    }

    /** A binary message; the probes speak JSON text, so only its size is kept. */
    record Binary(int length) implements Message {
    }

    /** A ping; {@link BoundedWebSocket} answers it with a pong. */
    record Ping(byte[] payload) implements Message {
    }

    /** A pong (unsolicited ones are allowed and ignored). */
    record Pong() implements Message {
    }

    /**
     * The server's close frame.
     *
     * @param code   the close code, or 1005 when the frame had none
     * @param reason the reason text, or empty
     */
    record Close(int code, String reason) implements Message {
    }
}
