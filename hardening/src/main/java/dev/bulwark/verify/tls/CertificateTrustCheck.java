package dev.bulwark.verify.tls;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;

/** Browsers refuse a chain that does not lead to a trusted root; users then learn to click through warnings. */
public final class CertificateTrustCheck extends AbstractCheck<TlsObservation> implements CertificateCheck {
    public static final RuleInfo RULE = new RuleInfo("TLS_CERT_UNTRUSTED", Severity.HIGH,
            "Certificate chain is not trusted",
            "The certificate chain the server sent does not validate against the system trust store "
                    + "(plus --ca-file, when given).",
            "Use a certificate from a public CA (the Lightsail load balancer issues one for the domain) and "
                    + "send the full intermediate chain. For a private CA, pass its certificate with --ca-file.",
            List.of("https://www.rfc-editor.org/rfc/rfc5280#section-6"));

    public CertificateTrustCheck() {
        super(RULE);
    }

    @Override
    public List<Finding> evaluate(TlsObservation observation, VerifyTarget target) {
        return observation.trustFailure()
                .map(reason -> List.of(Finding.of(RULE, target.name(), observation.endpoint() + " presents "
                        + observation.leaf().map(CertificateFacts::subject).orElse("a certificate")
                        + " issued by " + observation.leaf().map(CertificateFacts::issuer).orElse("?")
                        + ": " + reason)))
                .orElse(List.of());
    }
}
