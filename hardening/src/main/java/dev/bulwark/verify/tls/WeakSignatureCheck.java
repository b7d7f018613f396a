package dev.bulwark.verify.tls;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** MD5 and SHA-1 certificate signatures can be forged (chosen-prefix collisions); browsers reject them. */
public final class WeakSignatureCheck extends AbstractCheck<TlsObservation> implements CertificateCheck {
    public static final RuleInfo RULE = new RuleInfo("TLS_WEAK_SIGNATURE", Severity.MEDIUM,
            "Certificate is signed with MD5 or SHA-1",
            "The server certificate or an intermediate is signed with MD5, MD2 or SHA-1."
                    + "A root the server sends along is ignored.",
            "Reissue the certificate from a CA that signs with SHA-256 or stronger.",
            List.of("https://www.rfc-editor.org/rfc/rfc9155", "https://shattered.io/"));

    public WeakSignatureCheck() {
        super(RULE);
    }

    @Override
    public List<Finding> evaluate(TlsObservation observation, VerifyTarget target) {
        String weak = observation.signedChain().stream()
                .filter(certificate -> weak(certificate.signatureAlgorithm()))
                .map(c -> c.subject() + " (" + c.signatureAlgorithm() + ")")
                .collect(Collectors.joining("; "));
        return weak.isEmpty() ? List.of() : List.of(Finding.of(RULE, target.name(), observation.endpoint() + ": " + weak));
    }

    private static boolean weak(String signatureAlgorithm) {
        String name = signatureAlgorithm.toUpperCase(Locale.ROOT).replace("-", "");
        return name.startsWith("MD5") || name.startsWith("MD2") || name.startsWith("SHA1");
    }
}
