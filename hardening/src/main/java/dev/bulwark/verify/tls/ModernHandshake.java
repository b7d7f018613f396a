package dev.bulwark.verify.tls;

import dev.bulwark.verify.Deadline;
import dev.bulwark.verify.net.Endpoint;
import dev.bulwark.verify.net.RecordingTrustManager;
import dev.bulwark.verify.net.SocketWatchdog;
import dev.bulwark.verify.net.SslContexts;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * One JSSE handshake offering exactly TLS 1.2 or TLS 1.3, validating the chain with the real trust manager. The
 * chain is recorded as the server sent it before validation runs, so an untrusted chain can still be described.
 */
final class ModernHandshake {

    /**
     * What one attempt showed.
     *
     * @param chain        as sent, leaf first; empty when the server never got to sending it
     * @param trustFailure why validation failed; empty when it passed or never ran
     * @param failure      why the handshake did not complete, for evidence
     */
    record Result(ProtocolSupport support, List<X509Certificate> chain, Optional<String> trustFailure,
                  Optional<String> failure) {
    }

    private ModernHandshake() {
    }

    /** Throws only when the TCP connection itself cannot be made: the endpoint is unreachable. */
    static Result attempt(InetSocketAddress address, String host, ProtocolVersion version,
                          X509ExtendedTrustManager trust, Deadline deadline, Duration perCallTimeout)
            throws IOException {
        Duration budget = deadline.cap(perCallTimeout);
        Socket raw = new Socket();
        try (SocketWatchdog watchdog = SocketWatchdog.closeAfter(raw, budget); raw) {
            raw.connect(address, (int) budget.toMillis());
            raw.setSoTimeout((int) budget.toMillis());
            return handshake(raw, host, version, new RecordingTrustManager(trust), budget, watchdog);
        }
    }

    private static Result handshake(Socket raw, String host, ProtocolVersion version, RecordingTrustManager recorder,
                                    Duration budget, SocketWatchdog watchdog) {
        try {
            // Not closed here: closing the TCP socket (the caller does) is enough, and cannot block.
            SSLSocket tls = (SSLSocket) SslContexts.withTrustManager(recorder).getSocketFactory()
                    .createSocket(raw, host, raw.getPort(), false);
            SSLParameters parameters = tls.getSSLParameters();
            parameters.setProtocols(new String[] {version.jsseName()});
            new Endpoint(host, raw.getPort()).serverName()
                    .ifPresent(name -> parameters.setServerNames(List.of(name)));
            tls.setSSLParameters(parameters);
            tls.startHandshake();
            return new Result(ProtocolSupport.ACCEPTED, recorder.chain(), Optional.empty(), Optional.empty());
        } catch (SocketTimeoutException e) {
            return result(recorder, ProtocolSupport.NO_ANSWER, version.label() + ": no TLS answer within "
                    + budget.toMillis() + " ms");
        } catch (IOException e) {
            if (watchdog.fired()) {
                return result(recorder, ProtocolSupport.NO_ANSWER, version.label() + ": handshake not complete "
                        + "within " + budget.toMillis() + " ms");
            }
            return result(recorder, ProtocolSupport.REFUSED, version.label() + ": " + e.getMessage());
        }
    }

    /** Once the server's certificate has been seen, the version was negotiated, whatever failed after. */
    private static Result result(RecordingTrustManager recorder, ProtocolSupport withoutChain, String failure) {
        ProtocolSupport support = recorder.chain().isEmpty() ? withoutChain : ProtocolSupport.ACCEPTED;
        return new Result(support, recorder.chain(), recorder.refusal(), Optional.of(failure));
    }
}
