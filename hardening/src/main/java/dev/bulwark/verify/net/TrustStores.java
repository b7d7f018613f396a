package dev.bulwark.verify.net;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The verifier trusts what a browser on this machine would (the JDK's system trust store) plus, for deployments
 * behind a private CA, the certificates in {@code --ca-file}. Both go into one key store validated by the JDK's own
 * PKIX trust manager, so there is no hand-written trust logic to get wrong.
 */
public final class TrustStores {
    private TrustStores() {
    }

    /** The JDK's PKIX trust manager over the system anchors and every certificate in {@code caFile}. */
    public static X509ExtendedTrustManager systemPlus(Optional<Path> caFile) {
        try {
            KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
            anchors.load(null, null);
            int n = 0;
            for (X509Certificate system : pkix(null).getAcceptedIssuers()) {
                anchors.setCertificateEntry("system-" + n++, system);
            }
            if (caFile.isPresent()) {
                for (X509Certificate extra : readPem(caFile.get())) {
                    anchors.setCertificateEntry("ca-file-" + n++, extra);
                }
            }
            return pkix(anchors);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The JDK trust store could not be loaded: " + e.getMessage(), e);
        }
    }

    /** Every certificate in a PEM file; fails with a {@link CaFileException} when there is none or it is unreadable. */
    public static List<X509Certificate> readPem(Path file) {
        Collection<? extends Certificate> parsed;
        try (InputStream in = Files.newInputStream(file)) {
            parsed = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (IOException e) {
            throw new CaFileException(file, "it cannot be read (" + e.getMessage() + ")");
        } catch (CertificateException e) {
            throw new CaFileException(file, "it is not valid PEM (" + e.getMessage() + ")");
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (Certificate certificate : parsed) {
            certificates.add((X509Certificate) certificate);
        }
        if (certificates.isEmpty()) {
            throw new CaFileException(file, "it contains no certificate");
        }
        return List.copyOf(certificates);
    }

    private static X509ExtendedTrustManager pkix(KeyStore anchors) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(anchors);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509ExtendedTrustManager) {
                return (X509ExtendedTrustManager) manager;
            }
        }
        throw new GeneralSecurityException("the default TrustManagerFactory has no X509ExtendedTrustManager");
    }
}
