package dev.bulwark.verify.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The trust the probe's HTTPS and WSS connections use: the system trust store plus the CAs of {@code --ca-file}.
 * Certificates are always verified and host names always checked (the JDK client does both).
 *
 * <p>A private stand-in for the shared {@code dev.bulwark.verify.net} helper; replace it with that at merge.
 */
final class GatewayTrust {
    private GatewayTrust() {
    }

    static SSLContext sslContext(Optional<Path> caFile) throws IOException, GeneralSecurityException {
        if (caFile.isEmpty()) {
            return SSLContext.getDefault();
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        int n = 0;
        for (X509Certificate system : systemTrustManager().getAcceptedIssuers()) {
            store.setCertificateEntry("system-" + n++, system);
        }
        Collection<? extends Certificate> extra;
        try (InputStream in = Files.newInputStream(caFile.get())) {
            extra = CertificateFactory.getInstance("X.509").generateCertificates(in);
        }
        if (extra.isEmpty()) {
            throw new GeneralSecurityException(caFile.get() + " contains no PEM certificate");
        }
        for (Certificate ca : extra) {
            store.setCertificateEntry("ca-file-" + n++, ca);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    private static X509TrustManager systemTrustManager() throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init((KeyStore) null);
        for (var tm : tmf.getTrustManagers()) {
            if (tm instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("the JDK offers no X509TrustManager");
    }
}
