package dev.bulwark.cdk.synth;

import dev.bulwark.findings.Finding;

import java.util.Comparator;
import java.util.Objects;

/**
 * A finding the stack author accepted, kept visible with the reason they gave and where they gave it.
 *
 * @param acknowledgedAt construct path the acknowledgement was recorded on (the resource or an ancestor)
 */
public record AcknowledgedFinding(Finding finding, String reason, String acknowledgedAt) {

    public static final Comparator<AcknowledgedFinding> REPORT_ORDER =
            Comparator.comparing(AcknowledgedFinding::finding, Finding.REPORT_ORDER);

    public AcknowledgedFinding {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(reason, "reason");
        acknowledgedAt = acknowledgedAt == null ? "" : acknowledgedAt;
    }
}
