package dev.bulwark.plan.report;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.plan.Plan;
import dev.bulwark.verify.ProbeResult;
import dev.bulwark.verify.ReportedFinding;
import dev.bulwark.verify.TargetReport;
import dev.bulwark.verify.VerifyReport;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A {@link Plan}'s findings in the report model verify and audit-host use, so one set of renderers (text, JSON,
 * SARIF, JUnit) and one verdict serve all three commands. The stack is the one target; each rule pack is a
 * "probe" that always looks (synthesis either finished or the plan failed before there was a report); every
 * finding points at its resource's line in the synthesized template.
 */
public final class PlanReports {
    /** The probe id of the Lightsail hardening pack. */
    public static final String LIGHTSAIL_PACK = "LightsailHardeningChecks";
    /** The probe id of AwsSolutions and any other cdk-nag or CDK validation plugin. */
    public static final String OTHER_PACKS = "AwsSolutions";

    private PlanReports() {
    }

    public static VerifyReport of(Plan plan, String tool, String version, Instant started, Instant finished) {
        Duration elapsed = Duration.between(started, finished);
        Path template = plan.templates().isEmpty() ? plan.outDir() : plan.templates().get(0);
        TemplateLocations locations = TemplateLocations.of(template);

        Set<String> lightsailIds = plan.rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
        List<Finding> lightsail = plan.findings().stream().filter(f -> lightsailIds.contains(f.ruleId())).toList();
        List<Finding> others = plan.findings().stream().filter(f -> !lightsailIds.contains(f.ruleId())).toList();
        TreeSet<String> otherIds = new TreeSet<>();
        others.forEach(f -> otherIds.add(f.ruleId()));
        plan.acknowledged().stream().map(Plan.Acknowledgement::ruleId).filter(id -> !lightsailIds.contains(id))
                .forEach(otherIds::add);

        List<String> lightsailRuleIds = new TreeSet<>(lightsailIds).stream().toList();
        List<ProbeResult> packs = new ArrayList<>();
        packs.add(ProbeResult.checked(LIGHTSAIL_PACK, lightsailRuleIds, lightsailRuleIds, lightsail, elapsed));
        packs.add(ProbeResult.checked(OTHER_PACKS, List.copyOf(otherIds), List.copyOf(otherIds), others, elapsed));

        List<ReportedFinding> findings = plan.findings().stream()
                .map(f -> ReportedFinding.unwaived(f, Optional.of(locations.locate(f.target())))).toList();
        TargetReport stack = new TargetReport(plan.stackName(), plan.blueprintFile().toAbsolutePath().toUri(),
                Optional.empty(), Optional.of(plan.blueprintFile()), packs, findings, elapsed);
        return new VerifyReport(tool, version, started, finished, elapsed, List.of(stack), List.of(),
                plan.rules(), List.of(), "plan");
    }
}
