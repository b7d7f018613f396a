package dev.bulwark.verify.net;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import java.util.List;

/**
 * The report line that says a probe kept looking over a certificate that failed validation: the certificate itself
 * is reported by {@code TLS_CERT_UNTRUSTED}; this says that what the probe found lies behind it.
 */
public final class UntrustedCertificateNote {
    public static final RuleInfo RULE = new RuleInfo("CHECKED_OVER_UNTRUSTED_CERT", Severity.INFO,
            "Checked over a certificate that failed validation",
            "The endpoint's certificate failed validation (reported as TLS_CERT_UNTRUSTED). An attacker does not "
                    + "care, so the probe went on over a connection that trusted exactly that certificate, for "
                    + "this run and this endpoint only; its findings describe what is reachable behind it.",
            "Fix the certificate (see TLS_CERT_UNTRUSTED); this note goes away with it.",
            List.of("docs/verify.md#behind-a-bad-certificate"));

    private UntrustedCertificateNote() {
    }

    /** The note for {@code probe}, when {@code reached} went on over a pinned certificate; else nothing. */
    public static List<Finding> of(Reach.Reached reached, String probe, String targetName) {
        return reached.untrusted()
                .map(why -> List.of(Finding.of(RULE, targetName, probe + " was checked over a certificate that "
                        + "failed validation: " + why + "; only that certificate was trusted, for this run only")))
                .orElse(List.of());
    }
}
