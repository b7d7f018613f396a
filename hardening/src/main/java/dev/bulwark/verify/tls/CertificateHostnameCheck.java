package dev.bulwark.verify.tls;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import dev.bulwark.verify.VerifyTarget;
import dev.bulwark.verify.net.Endpoint;
import java.util.ArrayList;
import java.util.List;

/** A certificate for another name gives no assurance about who is answering; browsers refuse it. */
public final class CertificateHostnameCheck extends AbstractCheck<TlsObservation> implements CertificateCheck {
    public static final RuleInfo RULE = new RuleInfo("TLS_CERT_HOSTNAME_MISMATCH", Severity.HIGH,
            "Certificate does not name the host",
            "None of the certificate's subjectAltNames matches the expected domain (the blueprint's domain, "
                    + "else the URL's host), following RFC 6125 as browsers do; the subject CN is not used.",
            "Issue the certificate for the exact domain users visit (Lightsail: attach a certificate whose "
                    + "domain and alternative names include it) and point DNS at that load balancer.",
            List.of("https://www.rfc-editor.org/rfc/rfc6125#section-6"));

    /** The name the certificate must carry: the blueprint's domain, else the URL's host. */
    public static String expectedName(VerifyTarget target) {
        return target.expectations().domain().orElseGet(() -> Endpoint.of(target.url()).host());
    }

    public CertificateHostnameCheck() {
        super(RULE);
    }

    @Override
    public List<Finding> evaluate(TlsObservation observation, VerifyTarget target) {
        CertificateFacts leaf = observation.leaf().orElseThrow();
        String expected = expectedName(target);
        if (HostnameMatcher.matches(expected, leaf.dnsNames(), leaf.ipAddresses())) {
            return List.of();
        }
        List<String> names = new ArrayList<>(leaf.dnsNames());
        names.addAll(leaf.ipAddresses());
        String presented = names.isEmpty() ? "no subjectAltName at all (subject " + leaf.subject() + ")"
                : "only " + String.join(", ", names);
        return List.of(Finding.of(RULE, target.name(),
                observation.endpoint() + " certificate names " + presented + ", not " + expected));
    }
}
