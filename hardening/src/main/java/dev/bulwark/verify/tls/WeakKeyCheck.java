package dev.bulwark.verify.tls;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.policy.HardeningPolicy;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RSA/DSA and EC keys below the policy's {@code tls.minRsaBits} / {@code tls.minEcBits} (NIST and CA/Browser Forum
 * minimums).
 */
public final class WeakKeyCheck implements CertificateCheck {
    /** The rule under the shipped policy. */
    public static final RuleInfo RULE = rule(HardeningPolicy.defaults().tls());

    private final int minRsaBits;
    private final int minEcBits;
    private final RuleInfo rule;

    public WeakKeyCheck() {
        this(HardeningPolicy.defaults().tls());
    }

    public WeakKeyCheck(HardeningPolicy.Tls tls) {
        this.minRsaBits = tls.minRsaBits();
        this.minEcBits = tls.minEcBits();
        this.rule = rule(tls);
    }

    private static RuleInfo rule(HardeningPolicy.Tls tls) {
        return new RuleInfo("TLS_WEAK_KEY", Severity.HIGH,
                "Certificate key is too small",
                "The server certificate or an intermediate has an RSA/DSA key under " + tls.minRsaBits()
                        + " bits or an EC key under " + tls.minEcBits() + " bits.",
                "Reissue the certificate with an RSA " + tls.minRsaBits() + "+ or ECDSA P-" + tls.minEcBits()
                        + "+ key.",
                List.of("https://csrc.nist.gov/pubs/sp/800/131/a/r2/final",
                        "https://cabforum.org/baseline-requirements/"));
    }

    @Override
    public RuleInfo rule() {
        return rule;
    }

    @Override
    public List<Finding> evaluate(TlsObservation observation, VerifyTarget target) {
        String weak = observation.signedChain().stream()
                .filter(this::tooSmall)
                .map(c -> c.subject() + " (" + c.keyAlgorithm() + " " + c.keyBits() + " bits)")
                .collect(Collectors.joining("; "));
        return weak.isEmpty() ? List.of() : List.of(Finding.of(rule, target.name(), observation.endpoint() + ": " + weak));
    }

    private boolean tooSmall(CertificateFacts certificate) {
        int bits = certificate.keyBits();
        switch (certificate.keyAlgorithm()) {
            case "RSA":
            case "DSA":
                return bits > 0 && bits < minRsaBits;
            case "EC":
                return bits > 0 && bits < minEcBits;
            default:
                return false;
        }
    }
}
