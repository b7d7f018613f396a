package dev.bulwark.deploy.certificate;

import dev.bulwark.deploy.Console;
import dev.bulwark.deploy.DeployException;
import dev.bulwark.deploy.Sleeper;
import software.amazon.awssdk.services.lightsail.LightsailClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Phase 1 of the certificate's two-phase life: show (or create) the DNS validation records and wait, up to a
 * deadline, for Lightsail to issue the certificate. A certificate still pending at the deadline is not an error:
 * deploy stops resumably and the next run picks up here.
 */
public final class CertificateValidation {
    private final LightsailClient lightsail;
    private final DnsRecordWriter dns;
    private final Console console;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration interval;

    public CertificateValidation(LightsailClient lightsail, DnsRecordWriter dns, Console console, Clock clock,
                                 Sleeper sleeper, Duration interval) {
        this.lightsail = lightsail;
        this.dns = dns;
        this.console = console;
        this.clock = clock;
        this.sleeper = sleeper;
        this.interval = interval;
    }

    public CertificateStatus status(String loadBalancerName, String certificateName) {
        return CertificateReader.status(lightsail, loadBalancerName, certificateName);
    }

    /**
     * @return true when the certificate is issued; false when it is still pending at the end of {@code wait}
     */
    public boolean await(String domainName, String loadBalancerName, String certificateName, Duration wait) {
        return await(domainName, certificateName, () -> status(loadBalancerName, certificateName), wait);
    }

    /**
     * The same wait for any certificate whose status {@code lookup} reads (container mode: a Lightsail certificate
     * read with {@code GetCertificates}).
     *
     * @return true when the certificate is issued; false when it is still pending at the end of {@code wait}
     */
    public boolean await(String domainName, String certificateName, Supplier<CertificateStatus> lookup,
                         Duration wait) {
        CertificateStatus status = lookup.get();
        if (status.issued()) {
            console.line("Certificate " + certificateName + " is issued.");
            return true;
        }
        console.line("Certificate " + certificateName + " awaits DNS validation. These CNAME records prove you own "
                + domainName + ":");
        status.records().forEach(r -> console.line("  " + r.render()));
        dns.write(domainName, status.records()).ifPresentOrElse(
                where -> console.line("Created them in " + where + "."),
                () -> console.line("Create them at your DNS provider; validation usually takes minutes after that."));
        Instant deadline = clock.instant().plus(wait);
        while (true) {
            if (status.failed()) {
                throw DeployException.environment("certificate " + certificateName + " is " + status.status()
                        + ": check the CNAME records above, then run `bulwark destroy` and deploy again");
            }
            if (status.issued()) {
                console.line("Certificate " + certificateName + " is issued.");
                return true;
            }
            if (!clock.instant().isBefore(deadline)) {
                return false;
            }
            console.line("  waiting for validation (" + status.status() + ")...");
            sleeper.sleep(interval);
            status = lookup.get();
        }
    }
}
