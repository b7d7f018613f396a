package dev.bulwark.deploy.container;

import dev.bulwark.deploy.DeployException;
import dev.bulwark.deploy.aws.AwsErrors;
import dev.bulwark.deploy.certificate.CertificateStatus;
import dev.bulwark.deploy.certificate.ValidationRecord;
import dev.bulwark.deploy.preflight.CertificateQuota;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.lightsail.model.Certificate;
import software.amazon.awssdk.services.lightsail.model.CertificateSummary;
import software.amazon.awssdk.services.lightsail.model.DomainValidationRecord;

import java.util.List;
import java.util.Objects;

/**
 * The container service's certificate is a Lightsail certificate ({@code GetCertificates}), not a load balancer
 * one: its status and DNS validation records, and the account's count against the quota. Shared by deploy and
 * status.
 */
public final class ServiceCertificates {
    private ServiceCertificates() {
    }

    public static CertificateStatus status(LightsailClient lightsail, String certificateName) {
        List<CertificateSummary> found;
        try {
            found = lightsail.getCertificates(b -> b.certificateName(certificateName).includeCertificateDetails(true))
                    .certificates();
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "reading Lightsail certificate " + certificateName);
        }
        Certificate certificate = found.stream().map(CertificateSummary::certificateDetail).filter(Objects::nonNull)
                .findFirst().orElseThrow(() -> DeployException.environment("Lightsail has no certificate "
                        + certificateName + ": run deploy again to re-create it"));
        List<ValidationRecord> records = certificate.domainValidationRecords().stream()
                .map(DomainValidationRecord::resourceRecord).filter(Objects::nonNull)
                .map(r -> new ValidationRecord(r.name(), r.type(), r.value())).distinct().toList();
        return new CertificateStatus(certificate.statusAsString(), records);
    }

    /**
     * Counted before a new stack requests one (the reference gives 10 certificates per account, the limit
     * {@link CertificateQuota} applies to load balancer certificates).
     *
     * @return how many Lightsail certificates the account holds in this region
     */
    public static int checkQuota(LightsailClient lightsail, String region) {
        List<String> names;
        try {
            names = lightsail.getCertificates(b -> b.includeCertificateDetails(false)).certificates().stream()
                    .map(CertificateSummary::certificateName).toList();
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "counting Lightsail certificates in " + region);
        }
        if (names.size() >= CertificateQuota.MAX_CERTIFICATES) {
            throw DeployException.environment("the account already holds " + names.size() + " Lightsail certificates"
                    + " in " + region + " (the limit is " + CertificateQuota.MAX_CERTIFICATES + "), so the container"
                    + " service's cannot be requested: delete unused ones (aws lightsail delete-certificate"
                    + " --certificate-name NAME; held: " + String.join(", ", names) + ") or ask AWS Support for more");
        }
        return names.size();
    }
}
