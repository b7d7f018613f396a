package dev.bulwark.verify.net;

import java.util.Optional;
import javax.net.ssl.SSLContext;

/** What connecting to a target URL's endpoint showed, before any probe looks further. */
public sealed interface Reach {

    /**
     * The endpoint answered (TCP, and for https a TLS handshake that got as far as the certificate).
     *
     * @param sslContext what the probes use for this endpoint in this run: the real trust (system store plus
     *                   {@code --ca-file}) when the certificate validated, else a context trusting exactly the
     *                   certificate it presented ({@link PinnedTrustManager})
     * @param untrusted  when the certificate failed validation: which certificate and why, for the report
     */
    record Reached(SSLContext sslContext, Optional<String> untrusted) implements Reach {
    }

    /** The endpoint could not be reached; nothing behind it can be checked. */
    record Failed(ConnectionFailure failure) implements Reach {
    }
}
