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

    /** The status line of certificate {@code name}; while not issued, the DNS records it still needs below it. */
    public String describe(String name, String phase) {
        StringBuilder line = new StringBuilder(name + " " + status + ", phase " + phase);
        if (!issued()) {
            records.forEach(r -> line.append("\n  needs ").append(r.render()));
        }
        return line.toString();
    }

    public boolean failed() {
        return "FAILED".equals(status) || "VALIDATION_TIMED_OUT".equals(status) || "REVOKED".equals(status);
    }
}
