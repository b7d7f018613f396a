package dev.bulwark.verify.websocket;

import java.net.ProtocolException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The client's side of the opening handshake (RFC 6455 section 4.1): the upgrade request with a fresh
 * {@code Sec-WebSocket-Key}, and the check of the server's {@code 101} answer, {@code Sec-WebSocket-Accept}
 * included.
 */
final class OpeningHandshake {
    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private final String key;

    private OpeningHandshake(String key) {
        this.key = key;
    }

    static OpeningHandshake withFreshKey(Random random) {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        return new OpeningHandshake(Base64.getEncoder().encodeToString(nonce));
    }

    /** The upgrade request for {@code url} with {@code extraHeaders} (e.g. {@code Origin}). */
    byte[] request(URI url, Map<String, String> extraHeaders) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        StringBuilder request = new StringBuilder("GET ").append(path)
                .append(url.getRawQuery() == null ? "" : "?" + url.getRawQuery()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(url.getRawAuthority()).append("\r\n")
                .append("Upgrade: websocket\r\nConnection: Upgrade\r\n")
                .append("Sec-WebSocket-Key: ").append(key).append("\r\n")
                .append("Sec-WebSocket-Version: 13\r\n")
                .append("User-Agent: bulwark-verify\r\n");
        extraHeaders.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        return request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The {@code Sec-WebSocket-Accept} a server must answer this key with. */
    String expectedAccept() {
        return accept(key);
    }

    static String accept(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest((key + GUID)
                    .getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-1, which RFC 6455 needs", e);
        }
    }

    /** Checks a {@code 101} answer; a server that does not prove it read our key is not speaking WebSocket. */
    void checkUpgrade(ResponseHead head) throws ProtocolException {
        if (!"websocket".equalsIgnoreCase(head.header("upgrade"))) {
            throw new ProtocolException("101 without Upgrade: websocket");
        }
        if (!head.header("connection").toLowerCase(Locale.ROOT).contains("upgrade")) {
            throw new ProtocolException("101 without Connection: Upgrade");
        }
        if (!expectedAccept().equals(head.header("sec-websocket-accept"))) {
            throw new ProtocolException("101 whose Sec-WebSocket-Accept does not match the key sent");
        }
        if (!head.header("sec-websocket-extensions").isEmpty()) {
            throw new ProtocolException("101 with an extension that was not offered");
        }
    }
}
