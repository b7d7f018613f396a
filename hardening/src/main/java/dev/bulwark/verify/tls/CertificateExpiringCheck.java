package dev.bulwark.verify.tls;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.policy.HardeningPolicy;
import dev.bulwark.verify.Durations;
import dev.bulwark.verify.VerifyTarget;
import java.time.Duration;
import java.util.List;

/**
 * Automatic renewal normally happens 30 days ahead; fewer days left than the policy's
 * {@code tls.certificateExpiryWarningDays} (21) means it is failing.
 */
public final class CertificateExpiringCheck implements CertificateCheck {
    /** The rule under the shipped policy. */
    public static final RuleInfo RULE = rule(HardeningPolicy.defaults().tls().certificateExpiryWarningDays());

    private final int minimumDaysLeft;
    private final RuleInfo rule;

    public CertificateExpiringCheck() {
        this(HardeningPolicy.defaults().tls());
    }

    public CertificateExpiringCheck(HardeningPolicy.Tls tls) {
        this.minimumDaysLeft = tls.certificateExpiryWarningDays();
        this.rule = rule(minimumDaysLeft);
    }

    private static RuleInfo rule(int minimumDaysLeft) {
        return new RuleInfo("TLS_CERT_EXPIRING", Severity.MEDIUM,
                "Certificate expires in less than " + minimumDaysLeft + " days",
                "The server's certificate is still valid but expires soon; automated renewal should already have "
                        + "replaced it.",
                "Renew the certificate and check why automatic renewal did not run (DNS validation records, "
                        + "ACME client logs).",
                List.of("https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.5"));
    }

    @Override
    public RuleInfo rule() {
        return rule;
    }

    @Override
    public List<Finding> evaluate(TlsObservation observation, VerifyTarget target) {
        CertificateFacts leaf = observation.leaf().orElseThrow();
        if (leaf.notAfter().isBefore(observation.observedAt())) {
            return List.of(); // CertificateExpiredCheck reports that
        }
        long daysLeft = Duration.between(observation.observedAt(), leaf.notAfter()).toDays();
        if (daysLeft >= minimumDaysLeft) {
            return List.of();
        }
        return List.of(Finding.of(rule, target.name(), observation.endpoint() + " certificate " + leaf.subject()
                + " expires at " + leaf.notAfter() + " (" + Durations.days(daysLeft) + " left)"));
    }
}
