package dev.bulwark.verify;

import dev.bulwark.blueprint.SourceLocation;
import dev.bulwark.findings.Finding;
import dev.bulwark.verify.waiver.Waiver;
import java.util.Comparator;
import java.util.Optional;

/**
 * A finding as reported: the finding itself, the waiver that suppresses it (kept in the report, not counted for
 * the exit code), and the source line that governs it (a blueprint field, a targets-file entry, a waiver entry).
 */
public record ReportedFinding(Finding finding, Optional<Waiver> waiver, Optional<SourceLocation> location) {

    public static final Comparator<ReportedFinding> REPORT_ORDER =
            Comparator.comparing(ReportedFinding::finding, Finding.REPORT_ORDER);

    public static ReportedFinding unwaived(Finding finding, Optional<SourceLocation> location) {
        return new ReportedFinding(finding, Optional.empty(), location);
    }

    public boolean waived() {
        return waiver.isPresent();
    }
}
