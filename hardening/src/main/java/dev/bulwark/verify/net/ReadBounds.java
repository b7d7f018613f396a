package dev.bulwark.verify.net;

import java.net.ProtocolException;
import java.util.Optional;

/**
 * How much the verifier reads from a server before it stops: whatever a hostile endpoint sends, a run's memory stays
 * flat. Documented in docs/verify.md ("Bounded reads"); when a bound is hit, the evidence says which.
 */
public final class ReadBounds {
    /** Response headers: the JDK client's own cap ({@code jdk.http.maxHeaderSize}, 384 KiB unless set lower). */
    public static final int HEADER_BYTES = Integer.getInteger("jdk.http.maxHeaderSize", 384 * 1024);
    /** Response bodies the gateway probe reads; the HTTP probe reads none. The Control UI page is about 10 KiB. */
    public static final int BODY_BYTES = 256 * 1024;
    /** One WebSocket message of the gateway handshake ({@code hello-ok} with its method list is far smaller). */
    public static final int WEBSOCKET_MESSAGE_BYTES = 256 * 1024;
    /** Redirects followed: none; each probe looks at one hop, so a redirect loop costs one request. */
    public static final int REDIRECTS_FOLLOWED = 0;

    private ReadBounds() {
    }

    /** {@code 256 KiB} for evidence. */
    public static String kib(int bytes) {
        return bytes / 1024 + " KiB";
    }

    /** The evidence when the JDK client stopped reading headers at its bound; empty for any other error. */
    public static Optional<String> headerBoundHit(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof ProtocolException && String.valueOf(e.getMessage()).startsWith("Header size too big")) {
                return Optional.of("response headers longer than the " + kib(HEADER_BYTES) + " read bound; "
                        + "reading stopped there");
            }
        }
        return Optional.empty();
    }

    /** Thrown (as the body's failure) when a response body is longer than {@link #BODY_BYTES}. */
    public static final class BodyBoundHit extends java.io.IOException {
        private static final long serialVersionUID = 1L;

        public BodyBoundHit(int limit) {
            super(message(limit));
        }

        /** The evidence this bound's hit leaves in an exchange's failure text. */
        public static String message(int limit) {
            return "response body longer than the " + kib(limit) + " read bound; reading stopped there";
        }
    }

    /** Thrown when a read stops at a bound other than the body's; the message is the evidence, naming the bound. */
    public static final class BoundHit extends java.io.IOException {
        private static final long serialVersionUID = 1L;

        public BoundHit(String evidence) {
            super(evidence);
        }
    }
}
