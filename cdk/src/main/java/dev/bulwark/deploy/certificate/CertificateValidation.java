package dev.bulwark.deploy.certificate;

import dev.bulwark.deploy.Console;
import dev.bulwark.deploy.DeployException;
import dev.bulwark.deploy.aws.Polling;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Phase 1 of the certificate's two-phase life: show (or create) the DNS validation records and wait, up to a
 * deadline, for Lightsail to issue the certificate. A certificate still pending at the deadline is not an error:
 * deploy stops resumably and the next run picks up here.
 */
public final class CertificateValidation {
    private final DnsRecordWriter dns;
    private final Console console;
    private final Polling polling;

    public CertificateValidation(DnsRecordWriter dns, Console console, Polling polling) {
        this.dns = dns;
        this.console = console;
        this.polling = polling;
    }

    /**
     * Waits for the certificate whose status {@code lookup} reads (instance mode: the load balancer's; container
     * mode: a Lightsail certificate).
     *
     * @return true when the certificate is issued; false when it is still pending at the end of {@code wait}
     */
    public boolean await(String domainName, String certificateName, Supplier<CertificateStatus> lookup,
                         Duration wait) {
        boolean[] shown = {false};
        Optional<CertificateStatus> settled = polling.until(CertificateStatus.class, lookup, status -> {
            if (status.issued() || status.failed()) {
                return true;
            }
            if (!shown[0]) {
                shown[0] = showRecords(domainName, certificateName, status);
            }
            console.line("  waiting for validation (" + status.status() + ")...");
            return false;
        }, wait);
        if (settled.isEmpty()) {
            return false;
        }
        if (settled.get().failed()) {
            throw DeployException.environment("certificate " + certificateName + " is " + settled.get().status()
                    + ": check the CNAME records above, then run `bulwark destroy` and deploy again");
        }
        console.line("Certificate " + certificateName + " is issued.");
        return true;
    }

    /**
     * Prints (and where the zone is in the account, creates) the validation records once Lightsail has published
     * them; a certificate just requested may have none yet.
     *
     * @return whether they were shown
     */
    private boolean showRecords(String domainName, String certificateName, CertificateStatus status) {
        if (status.records().isEmpty()) {
            console.line("Certificate " + certificateName + " was requested; Lightsail has not published its DNS"
                    + " validation records yet.");
            return false;
        }
        console.line("Certificate " + certificateName + " awaits DNS validation. These CNAME records prove you own "
                + domainName + ":");
        status.records().forEach(r -> console.line("  " + r.render()));
        dns.write(domainName, status.records()).ifPresentOrElse(
                where -> console.line("Created them in " + where + "."),
                () -> console.line("Create them at your DNS provider; validation usually takes minutes after that."));
        return true;
    }
}
