package dev.bulwark.verify.net;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Delegates every decision to the real trust manager; it only remembers the chain it was shown and, in plain words,
 * why the real manager refused it. A refused chain still fails the handshake: nothing is trusted here.
 */
public final class RecordingTrustManager extends X509ExtendedTrustManager {
    private final X509ExtendedTrustManager delegate;
    private volatile List<X509Certificate> chain = List.of();
    private volatile Optional<String> refusal = Optional.empty();

    public RecordingTrustManager(X509ExtendedTrustManager delegate) {
        this.delegate = delegate;
    }

    /** The chain as the server sent it, leaf first; empty when the handshake never got that far. */
    public List<X509Certificate> chain() {
        return chain;
    }

    /** Why the real trust manager refused the chain ({@link TrustFailures#plain}); empty when it passed or never ran. */
    public Optional<String> refusal() {
        return refusal;
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
            refusal = Optional.of(TrustFailures.plain(e));
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
