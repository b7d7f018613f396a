package dev.bulwark.verify;

import dev.bulwark.blueprint.BlueprintSource;
import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.verify.net.ConnectionFailure;
import dev.bulwark.verify.waiver.Waiver;
import dev.bulwark.verify.waiver.Waivers;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        }
        for (Finding notChecked : notChecked(results, target.name())) {
            findings.add(ReportedFinding.unwaived(notChecked, RuleLocations.locate(notChecked, spec)));
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

    /**
     * One finding per cause, not per probe: probes that could not reach the target for the same reason (one refused
     * port, one name that does not resolve) share one {@code TARGET_UNREACHABLE} with that cause and the fix that
     * fits it; what else kept probes from looking (the deadline, an unanswered request) is listed in one more.
     * Internal errors stay one per probe: each is its own bug.
     */
    private static List<Finding> notChecked(List<ProbeResult> results, String targetName) {
        Map<ConnectionFailure, List<String>> byFailure = new LinkedHashMap<>();
        List<String> otherReasons = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (ProbeResult result : results) {
            if (result.checked()) {
                continue;
            }
            if (result.status() == ProbeResult.Status.INTERNAL_ERROR) {
                findings.add(Finding.of(EngineRules.PROBE_INTERNAL_ERROR, targetName,
                        result.probeId() + ": " + result.reason().orElse("")));
            } else if (result.failure().isPresent()) {
                byFailure.computeIfAbsent(result.failure().get(), f -> new ArrayList<>()).add(result.probeId());
            } else {
                otherReasons.add(result.probeId() + ": " + result.reason().orElse(""));
            }
        }
        RuleInfo rule = EngineRules.TARGET_UNREACHABLE;
        byFailure.forEach((failure, probes) -> findings.add(new Finding(rule.id(), rule.severity(), targetName,
                rule.title(), failure.describe() + " (not checked: " + String.join(", ", probes) + ")",
                failure.fix(), rule.references())));
        if (!otherReasons.isEmpty()) {
            findings.add(Finding.of(rule, targetName, String.join("; ", otherReasons)));
        }
        return findings;
    }
}
