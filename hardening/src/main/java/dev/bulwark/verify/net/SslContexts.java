package dev.bulwark.verify.net;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/** TLS contexts for talking to a target; never global, never with a weakened trust or hostname check. */
public final class SslContexts {
    private SslContexts() {
    }

    /** A client context trusting the system store plus {@code caFile} (see {@link TrustStores#systemPlus}). */
    public static SSLContext trustingSystemPlus(Optional<Path> caFile) {
        return withTrustManager(TrustStores.systemPlus(caFile));
    }

    /** A client context over {@code trustManager}; for probes that wrap the real manager to observe the chain. */
    public static SSLContext withTrustManager(X509ExtendedTrustManager trustManager) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK cannot create a TLS context: " + e.getMessage(), e);
        }
    }

    /**
     * TLS over an already connected {@code raw} socket to {@code endpoint}, with SNI for a DNS name and, when
     * {@code checkHostName}, the HTTPS host-name check; the handshake runs on first use. Closing {@code raw} (never
     * blocks) is enough to end it.
     */
    public static SSLSocket clientSocket(SSLContext context, Socket raw, Endpoint endpoint, boolean checkHostName)
            throws IOException {
        SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(raw, endpoint.host(), endpoint.port(),
                false);
        SSLParameters parameters = tls.getSSLParameters();
        endpoint.serverName().ifPresent(name -> parameters.setServerNames(List.of(name)));
        if (checkHostName) {
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
        }
        tls.setSSLParameters(parameters);
        return tls;
    }
}
