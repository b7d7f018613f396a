package dev.bulwark.deploy.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateStatusTest {
    private static final ValidationRecord RECORD = new ValidationRecord("_a1.agent.example.com.", "CNAME",
            "_b2.acm-validations.aws.");

    @Test
    void describe_issued_oneLineWithoutRecords() {
        assertEquals("agent-cert ISSUED, phase validated",
                new CertificateStatus("ISSUED", List.of(RECORD)).describe("agent-cert", "validated"));
    }

    @Test
    void describe_pendingValidation_listsTheRecordsItNeeds() {
        assertEquals("agent-cert PENDING_VALIDATION, phase pending\n"
                        + "  needs _a1.agent.example.com.  CNAME  _b2.acm-validations.aws.",
                new CertificateStatus("PENDING_VALIDATION", List.of(RECORD)).describe("agent-cert", "pending"));
    }
}
