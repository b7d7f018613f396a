package dev.bulwark.cdk.synth;

import dev.bulwark.cdk.nag.EvidenceLog;
import dev.bulwark.cdk.nag.LightsailRule;
import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns validation-report entries into findings. Lightsail rules carry their registered severity, title and
 * evidence; AwsSolutions errors become HIGH and warnings MEDIUM (cdk-nag's own split between "fix" and
 * "consider"); other plugins' errors HIGH and warnings LOW (CloudFormation schema lint is advice).
 */
final class FindingMapper {

    static final String AWS_SOLUTIONS = "AwsSolutions";
    private static final List<String> CDK_NAG_REFERENCES =
            List.of("https://github.com/cdklabs/cdk-nag/blob/main/RULES.md");

    private final Map<String, RuleInfo> lightsailRules;
    private final EvidenceLog evidence;
    private final Function<String, String> logicalIdOfPath;

    FindingMapper(List<LightsailRule> rules, EvidenceLog evidence, Function<String, String> logicalIdOfPath) {
        this.lightsailRules = rules.stream().map(LightsailRule::info)
                .collect(Collectors.toUnmodifiableMap(RuleInfo::id, Function.identity()));
        this.evidence = evidence;
        this.logicalIdOfPath = logicalIdOfPath;
    }

    Finding toFinding(ValidationReport.Violation violation) {
        String target = target(violation.constructPath());
        RuleInfo rule = lightsailRules.get(baseRuleId(violation.ruleName()));
        if (violation.pluginName().equals(LightsailRule.PACK_NAME) && rule != null) {
            // A granular finding (Rule[detail]) names what inside the resource it is about, e.g. one variable.
            String detail = violation.ruleName().substring(baseRuleId(violation.ruleName()).length());
            target = detail.isEmpty() ? target : target + " " + detail;
            List<String> seen = evidence.evidence(violation.ruleName(), violation.constructPath());
            String text = seen.isEmpty() ? violation.description() : String.join("; ", seen);
            return new Finding(rule.id(), rule.severity(), target, rule.title(), text,
                    rule.remediation(), rule.references());
        }
        boolean error = violation.severity().equalsIgnoreCase("error") || violation.severity().equalsIgnoreCase("fatal");
        String baseId = baseRuleId(violation.ruleName());
        String detail = violation.ruleName().substring(baseId.length()); // "[Action::s3:*]" or ""
        String evidence = detail.isEmpty() ? violation.description() : violation.description() + " " + detail;
        if (violation.pluginName().equals(AWS_SOLUTIONS)) {
            return new Finding(baseId, error ? Severity.HIGH : Severity.MEDIUM, target, violation.description(),
                    evidence, "", CDK_NAG_REFERENCES);
        }
        String ruleId = violation.pluginName().replace(' ', '-') + "-" + baseId;
        return new Finding(ruleId, error ? Severity.HIGH : Severity.LOW, target, violation.description(),
                evidence, "", List.of());
    }

    /** {@code construct/path (LogicalId)}, or the path alone when the template does not name it. */
    String target(String constructPath) {
        String logicalId = logicalIdOfPath.apply(constructPath);
        return logicalId == null ? constructPath : constructPath + " (" + logicalId + ")";
    }

    /** cdk-nag names granular findings {@code Rule[detail]}; the severity belongs to {@code Rule}. */
    static String baseRuleId(String ruleName) {
        int bracket = ruleName.indexOf('[');
        return bracket < 0 ? ruleName : ruleName.substring(0, bracket);
    }
}
