package dev.bulwark.verify.tls;

/** A TLS rule about the certificate the server presented: it has nothing to judge when no certificate was seen. */
public interface CertificateCheck extends TlsCheck {
    @Override
    default boolean canEvaluate(TlsObservation observation) {
        return observation.leaf().isPresent();
    }
}
