package dev.bulwark.cdk.synth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.findings.Finding;
import dev.bulwark.findings.Severity;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything one synthesis produced: where the cloud assembly is, the stack's template, the rule findings that
 * still stand, and the ones that were acknowledged with their reasons. Immutable; lists are in report order.
 *
 * @param stackName     name of the stack the factory built
 * @param outDir        the cloud assembly directory
 * @param templateFile  the template of the stack the factory built
 * @param templateFiles templates of every stack in the app, the factory's first
 * @param template      the factory stack's template as parsed JSON (do not mutate)
 * @param findings      unacknowledged non-compliance, most severe first
 * @param acknowledged  acknowledged non-compliance with reasons
 */
public record SynthResult(String stackName, Path outDir, Path templateFile, List<Path> templateFiles, JsonNode template,
                          List<Finding> findings, List<AcknowledgedFinding> acknowledged) {

    public SynthResult {
        Objects.requireNonNull(stackName, "stackName");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(templateFile, "templateFile");
        Objects.requireNonNull(template, "template");
        templateFiles = List.copyOf(templateFiles);
        template = template.deepCopy();
        findings = findings.stream().sorted(Finding.REPORT_ORDER).toList();
        acknowledged = acknowledged.stream().sorted(AcknowledgedFinding.REPORT_ORDER).toList();
    }

    /** Whether any unacknowledged finding is at or above {@code threshold}. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold));
    }

    /** Ids of the unacknowledged findings, for quick assertions and summaries. */
    public List<String> ruleIds() {
        return findings.stream().map(Finding::ruleId).distinct().sorted().toList();
    }
}
