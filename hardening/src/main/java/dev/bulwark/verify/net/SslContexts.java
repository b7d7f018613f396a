package dev.bulwark.verify.net;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;
import javax.net.ssl.SSLContext;
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
}
