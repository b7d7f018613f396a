package dev.bulwark.deploy.certificate;

import java.util.List;

/**
 * The load balancer certificate as Lightsail sees it.
 *
 * @param status  Lightsail's status, e.g. {@code PENDING_VALIDATION}, {@code ISSUED}, {@code FAILED}
 * @param records the CNAME records its DNS validation needs
 */
public record CertificateStatus(String status, List<ValidationRecord> records) {
    public CertificateStatus {
        records = List.copyOf(records);
    }

    public boolean issued() {
        return "ISSUED".equals(status);
    }

    public boolean failed() {
        return "FAILED".equals(status) || "VALIDATION_TIMED_OUT".equals(status) || "REVOKED".equals(status);
    }
}
