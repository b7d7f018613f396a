package dev.bulwark.discover;

import dev.bulwark.verify.net.RecordingTrustManager;
import dev.bulwark.verify.net.SslContexts;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import javax.net.ssl.SSLSocket;

/**
 * Whether a port speaks TLS: one handshake on a socket of its own, always closed afterwards, so a plain server that
 * got a ClientHello is never left waiting for the rest of a request. The chain is judged by the recorder.
 */
final class TlsSniffer {
    private TlsSniffer() {
    }

    static boolean speaksTls(OpenPort port, RecordingTrustManager recorder, Duration timeout) {
        int millis = (int) Math.max(1, timeout.toMillis());
        try (Socket raw = new Socket()) {
            raw.connect(new java.net.InetSocketAddress(port.address(), port.port()), millis);
            raw.setSoTimeout(millis);
            try (SSLSocket tls = (SSLSocket) SslContexts.withTrustManager(recorder).getSocketFactory()
                    .createSocket(raw, port.host(), port.port(), false)) {
                tls.startHandshake();
                return true;
            }
        } catch (IOException e) {
            return false; // not TLS, or no answer in time: the plain-HTTP look decides what it is
        }
    }
}
