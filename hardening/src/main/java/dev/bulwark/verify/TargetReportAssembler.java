package dev.bulwark.verify;

import dev.bulwark.blueprint.BlueprintSource;
import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.verify.waiver.Waiver;
import dev.bulwark.verify.waiver.Waivers;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns one target's probe results into its report: waivers applied, could-not-check made visible, lines located. */
final class TargetReportAssembler {
    private TargetReportAssembler() {
    }

    static TargetReport assemble(TargetSpec spec, List<ProbeResult> results, Waivers waivers, LocalDate today,
                                 Duration duration) {
        VerifyTarget target = spec.target();
        List<ReportedFinding> findings = new ArrayList<>();
        for (ProbeResult result : results) {
            for (Finding finding : result.findings()) {
                Optional<Waiver> waiver = waivers.find(finding, target.name(), today);
                findings.add(new ReportedFinding(finding, waiver, RuleLocations.locate(finding, spec)));
            }
            if (!result.checked()) {
                Finding notChecked = notChecked(result, target.name());
                findings.add(ReportedFinding.unwaived(notChecked, RuleLocations.locate(notChecked, spec)));
            }
        }
        if (results.isEmpty()) {
            Finding none = Finding.of(EngineRules.TARGET_UNREACHABLE, target.name(),
                    "no probe applies to this target, so nothing was checked");
            findings.add(ReportedFinding.unwaived(none, RuleLocations.locate(none, spec)));
        }
        Optional<Path> blueprint = spec.blueprint().map(BlueprintSource::file)
                .or(() -> target.expectations().blueprintPath().map(Path::of));
        return new TargetReport(target.name(), target.url(), target.host(), blueprint, results, findings, duration);
    }

    private static Finding notChecked(ProbeResult result, String targetName) {
        RuleInfo rule = result.status() == ProbeResult.Status.INTERNAL_ERROR
                ? EngineRules.PROBE_INTERNAL_ERROR : EngineRules.TARGET_UNREACHABLE;
        return Finding.of(rule, targetName, result.probeId() + ": " + result.reason().orElse(""));
    }
}
