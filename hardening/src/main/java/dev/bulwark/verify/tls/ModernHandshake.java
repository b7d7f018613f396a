package dev.bulwark.verify.tls;

import dev.bulwark.verify.Deadline;
import dev.bulwark.verify.net.Endpoint;
import dev.bulwark.verify.net.SocketWatchdog;
import dev.bulwark.verify.net.SslContexts;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLEngine;
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
            return handshake(raw, host, version, new ValidationRecorder(trust), budget, watchdog);
        }
    }

    private static Result handshake(Socket raw, String host, ProtocolVersion version, ValidationRecorder recorder,
                                    Duration budget, SocketWatchdog watchdog) {
        try {
            // Not closed here: closing the TCP socket (the caller does) is enough, and cannot block.
            SSLSocket tls = (SSLSocket) SslContexts.withTrustManager(recorder).getSocketFactory()
                    .createSocket(raw, host, raw.getPort(), false);
            SSLParameters parameters = tls.getSSLParameters();
            parameters.setProtocols(new String[] {version.jsseName()});
            serverName(host).ifPresent(name -> parameters.setServerNames(List.of(name)));
            tls.setSSLParameters(parameters);
            tls.startHandshake();
            return new Result(ProtocolSupport.ACCEPTED, recorder.chain, Optional.empty(), Optional.empty());
        } catch (SocketTimeoutException e) {
            return recorder.result(ProtocolSupport.NO_ANSWER, version.label() + ": no TLS answer within "
                    + budget.toMillis() + " ms");
        } catch (IOException e) {
            if (watchdog.fired()) {
                return recorder.result(ProtocolSupport.NO_ANSWER, version.label() + ": handshake not complete "
                        + "within " + budget.toMillis() + " ms");
            }
            return recorder.result(ProtocolSupport.REFUSED, version.label() + ": " + e.getMessage());
        }
    }

    /** SNI for a DNS name; none for an IP literal or a name SNI cannot carry (the server then picks its default). */
    private static Optional<SNIServerName> serverName(String host) {
        if (Endpoint.isIpLiteral(host)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SNIHostName(host));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Delegates every decision to the real trust manager; it only remembers the chain it was shown and whether
     * the real manager refused it. Once the server's certificate has been validated, the version was negotiated.
     */
    private static final class ValidationRecorder extends X509ExtendedTrustManager {
        private final X509ExtendedTrustManager delegate;
        private volatile List<X509Certificate> chain = List.of();
        private volatile Optional<String> refusal = Optional.empty();

        ValidationRecorder(X509ExtendedTrustManager delegate) {
            this.delegate = delegate;
        }

        Result result(ProtocolSupport withoutChain, String failure) {
            ProtocolSupport support = chain.isEmpty() ? withoutChain : ProtocolSupport.ACCEPTED;
            return new Result(support, chain, refusal, Optional.of(failure));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] certificates, String authType, Socket socket)
                throws CertificateException {
            record(certificates, () -> delegate.checkServerTrusted(certificates, authType, socket));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] certificates, String authType, SSLEngine engine)
                throws CertificateException {
            record(certificates, () -> delegate.checkServerTrusted(certificates, authType, engine));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] certificates, String authType) throws CertificateException {
            record(certificates, () -> delegate.checkServerTrusted(certificates, authType));
        }

        private void record(X509Certificate[] certificates, Validation validation) throws CertificateException {
            chain = List.of(certificates);
            try {
                validation.run();
            } catch (CertificateException e) {
                refusal = Optional.of(String.valueOf(e.getMessage()));
                throw e;
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] certificates, String authType, Socket socket)
                throws CertificateException {
            delegate.checkClientTrusted(certificates, authType, socket);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] certificates, String authType, SSLEngine engine)
                throws CertificateException {
            delegate.checkClientTrusted(certificates, authType, engine);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] certificates, String authType) throws CertificateException {
            delegate.checkClientTrusted(certificates, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return delegate.getAcceptedIssuers();
        }

        private interface Validation {
            void run() throws CertificateException;
        }
    }
}
