package dev.bulwark.discover;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Discovery's TLS stance: trust nothing, fail on nothing. Every chain is validated by the real trust manager
 * (system store, PKIX, host name) and the verdict is recorded for the report, but a refusal does not end the
 * handshake, because discovery records what is there, including a gateway behind a self-signed certificate.
 * This is safe only because discovery never sends anything worth protecting: a GET of the page and a WebSocket
 * connect without any credential. Never use it for a connection that carries a secret ({@code verify} does not).
 */
final class RecordingTrustManager extends X509ExtendedTrustManager {
    private final X509ExtendedTrustManager delegate;
    private volatile Optional<String> refusal = Optional.empty();

    RecordingTrustManager(X509ExtendedTrustManager delegate) {
        this.delegate = delegate;
    }

    /** Empty when the chain was trusted (or never shown); otherwise why the real trust manager refused it. */
    Optional<String> refusal() {
        return refusal;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        record(() -> delegate.checkServerTrusted(chain, authType, socket));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        record(() -> delegate.checkServerTrusted(chain, authType, engine));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
        record(() -> delegate.checkServerTrusted(chain, authType));
    }

    private interface Validation {
        void run() throws CertificateException;
    }

    private void record(Validation validation) {
        try {
            validation.run();
        } catch (CertificateException e) {
            if (refusal.isEmpty()) {
                refusal = Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("discovery is a client only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("discovery is a client only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("discovery is a client only");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }
}
