package dev.bulwark.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.findings.Finding;

import java.util.List;

/**
 * A template ready for CloudFormation.
 *
 * @param stackName    the stack to create or update
 * @param templateBody the template as JSON text
 * @param template     the same, parsed (read for the deploy steps in its metadata)
 * @param findings     unacknowledged rule findings of this synthesis
 */
public record SynthesizedStack(String stackName, String templateBody, JsonNode template, List<Finding> findings) {
    public SynthesizedStack {
        findings = List.copyOf(findings);
    }
}
