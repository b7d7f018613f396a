package dev.bulwark.deploy.certificate;

import dev.bulwark.deploy.DeployException;
import dev.bulwark.deploy.aws.AwsErrors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.lightsail.model.LoadBalancerTlsCertificate;

import java.util.List;

/** Reads one load balancer certificate's status and validation records; shared by deploy and status. */
public final class CertificateReader {
    private CertificateReader() {
    }

    public static CertificateStatus status(LightsailClient lightsail, String loadBalancerName, String certificateName) {
        List<LoadBalancerTlsCertificate> certificates;
        try {
            certificates = lightsail.getLoadBalancerTlsCertificates(b -> b.loadBalancerName(loadBalancerName))
                    .tlsCertificates();
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "reading the certificates of load balancer " + loadBalancerName);
        }
        LoadBalancerTlsCertificate certificate = certificates.stream()
                .filter(c -> certificateName.equals(c.name())).findFirst()
                .orElseThrow(() -> DeployException.environment("load balancer " + loadBalancerName + " has no"
                        + " certificate " + certificateName + ": run deploy again to re-create it"));
        List<ValidationRecord> records = certificate.domainValidationRecords().stream()
                .map(r -> new ValidationRecord(r.name(), r.type(), r.value())).toList();
        return new CertificateStatus(certificate.statusAsString(), records);
    }
}
