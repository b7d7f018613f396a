package dev.bulwark.verify.net;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Delegates every decision to the real trust manager; it only remembers the chain it was shown and, in plain words
 * ({@link TrustFailures#plain}), why the real manager refused it. Made by {@link #RecordingTrustManager(
 * X509ExtendedTrustManager) new}, a refused chain still fails the handshake: nothing is trusted here.
 *
 * <p>{@link #carryingOn} is discovery's stance: the verdict is recorded for the report, but a refusal does not end
 * the handshake, because discovery records what is there, including a gateway behind a self-signed certificate.
 * That is safe only because discovery never sends anything worth protecting (a GET of the page and a WebSocket
 * connect without any credential). Never use it for a connection that carries a secret.
 */
public final class RecordingTrustManager extends X509ExtendedTrustManager {
    private final X509ExtendedTrustManager delegate;
    private final boolean carryOn;
    private volatile List<X509Certificate> chain = List.of();
    private volatile Optional<String> refusal = Optional.empty();

    /** Records, and refuses what the real manager refuses. */
    public RecordingTrustManager(X509ExtendedTrustManager delegate) {
        this(delegate, false);
    }

    private RecordingTrustManager(X509ExtendedTrustManager delegate, boolean carryOn) {
        this.delegate = delegate;
        this.carryOn = carryOn;
    }

    /** Records the real manager's verdict but lets the handshake carry on after a refusal (discovery only). */
    public static RecordingTrustManager carryingOn(X509ExtendedTrustManager delegate) {
        return new RecordingTrustManager(delegate, true);
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
            if (refusal.isEmpty()) {
                refusal = Optional.of(TrustFailures.plain(e));
            }
            if (!carryOn) {
                throw e;
            }
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
