package dev.bulwark.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.findings.Finding;
import java.nio.file.Path;
import java.util.List;

/** What a synthesis hands the planner: the stack template, where it was written, and the rule pack's verdicts. */
public record SynthOutput(String stackName, JsonNode template, Path outDir, List<Path> templates,
                          List<Finding> findings, List<Plan.Acknowledgement> acknowledged) {
    public SynthOutput {
        templates = List.copyOf(templates);
        findings = List.copyOf(findings);
        acknowledged = List.copyOf(acknowledged);
    }
}
