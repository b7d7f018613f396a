package dev.bulwark.verify.tls;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;

/** A certificate outside its validity period breaks every client, and renewal has evidently stopped working. */
public final class CertificateExpiredCheck extends AbstractCheck<TlsObservation> implements CertificateCheck {
    public static final RuleInfo RULE = new RuleInfo("TLS_CERT_EXPIRED", Severity.CRITICAL,
            "Certificate has expired or is not yet valid",
            "The server's certificate is outside its notBefore/notAfter validity period.",
            "Renew the certificate now and fix automatic renewal (Lightsail-managed certificates renew only "
                    + "while the domain's validation CNAME records stay in DNS).",
            List.of("https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.5"));

    public CertificateExpiredCheck() {
        super(RULE);
    }

    @Override
    public List<Finding> evaluate(TlsObservation observation, VerifyTarget target) {
        CertificateFacts leaf = observation.leaf().orElseThrow();
        if (leaf.notAfter().isBefore(observation.observedAt())) {
            return List.of(Finding.of(RULE, target.name(),
                    observation.endpoint() + " certificate " + leaf.subject() + " expired at " + leaf.notAfter()));
        }
        if (leaf.notBefore().isAfter(observation.observedAt())) {
            return List.of(Finding.of(RULE, target.name(), observation.endpoint() + " certificate "
                    + leaf.subject() + " is not valid before " + leaf.notBefore()));
        }
        return List.of();
    }
}
