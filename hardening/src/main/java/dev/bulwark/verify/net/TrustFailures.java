package dev.bulwark.verify.net;

import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;

/**
 * Says why a chain was refused in the user's words instead of the JDK's ({@code PKIX path building failed:
 * sun.security.provider.certpath...}), pointing at {@code --ca-file} where that is the fix.
 */
public final class TrustFailures {
    static final String NO_TRUSTED_ROOT = "the chain does not lead to a CA this machine trusts (a self-signed "
            + "certificate, a private CA, or a missing intermediate); if the CA is your own, pass its certificate "
            + "with --ca-file";

    private TrustFailures() {
    }

    /** One phrase for a refusal by the PKIX trust manager. */
    public static String plain(Throwable refusal) {
        for (Throwable e = refusal; e != null; e = e.getCause()) {
            if (e instanceof CertificateExpiredException) {
                return "a certificate in the chain has expired";
            }
            if (e instanceof CertificateNotYetValidException) {
                return "a certificate in the chain is not valid yet";
            }
            if (e instanceof CertPathBuilderException) {
                return NO_TRUSTED_ROOT;
            }
            if (e instanceof CertPathValidatorException validator) {
                return switch (validator.getReason() instanceof CertPathValidatorException.BasicReason basic
                        ? basic : CertPathValidatorException.BasicReason.UNSPECIFIED) {
                    case EXPIRED -> "a certificate in the chain has expired";
                    case NOT_YET_VALID -> "a certificate in the chain is not valid yet";
                    case REVOKED -> "a certificate in the chain has been revoked";
                    case ALGORITHM_CONSTRAINED -> "the chain uses an algorithm or key size this JDK refuses";
                    case INVALID_SIGNATURE -> "a signature in the chain does not verify";
                    default -> NO_TRUSTED_ROOT;
                };
            }
        }
        return "the chain was refused (" + refusal.getClass().getSimpleName() + ")";
    }
}
