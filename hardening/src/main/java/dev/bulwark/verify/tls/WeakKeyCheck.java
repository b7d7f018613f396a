package dev.bulwark.verify.tls;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;
import java.util.stream.Collectors;

/** RSA/DSA keys under 2048 bits and EC keys under 256 bits are below NIST and CA/Browser Forum minimums. */
public final class WeakKeyCheck implements TlsCheck {
    public static final int MINIMUM_RSA_BITS = 2048;
    public static final int MINIMUM_EC_BITS = 256;

    public static final RuleInfo RULE = new RuleInfo("TLS_WEAK_KEY", Severity.HIGH,
            "Certificate key is too small",
            "The server certificate or an intermediate has an RSA/DSA key under " + MINIMUM_RSA_BITS
                    + " bits or an EC key under " + MINIMUM_EC_BITS + " bits.",
            "Reissue the certificate with an RSA 2048+ or ECDSA P-256+ key.",
            List.of("https://csrc.nist.gov/pubs/sp/800/131/a/r2/final",
                    "https://cabforum.org/baseline-requirements/"));

    @Override
    public RuleInfo rule() {
        return RULE;
    }

    @Override
    public boolean canEvaluate(TlsObservation observation) {
        return observation.leaf().isPresent();
    }

    @Override
    public List<Finding> evaluate(TlsObservation observation, VerifyTarget target) {
        String weak = observation.signedChain().stream()
                .filter(certificate -> tooSmall(certificate))
                .map(c -> c.subject() + " (" + c.keyAlgorithm() + " " + c.keyBits() + " bits)")
                .collect(Collectors.joining("; "));
        return weak.isEmpty() ? List.of() : List.of(Finding.of(RULE, target.name(), observation.endpoint() + ": " + weak));
    }

    private static boolean tooSmall(CertificateFacts certificate) {
        int bits = certificate.keyBits();
        switch (certificate.keyAlgorithm()) {
            case "RSA":
            case "DSA":
                return bits > 0 && bits < MINIMUM_RSA_BITS;
            case "EC":
                return bits > 0 && bits < MINIMUM_EC_BITS;
            default:
                return false;
        }
    }
}
