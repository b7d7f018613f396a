package dev.bulwark.cdk.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CDK's {@code validation-report.json}, flattened to one entry per rule and construct. Plugin failures are
 * kept apart: a pack that could not run is never read as a pack that found nothing.
 */
record ValidationReport(List<Violation> violations, List<Violation> suppressed, List<String> pluginFailures) {

    static final String FILE_NAME = "validation-report.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param severity       as the plugin stated it: {@code error}, {@code warning}, ...
     * @param reason         acknowledgement reason; empty for an unacknowledged violation
     * @param acknowledgedAt construct path of the acknowledgement; empty for an unacknowledged violation
     */
    record Violation(String pluginName, String ruleName, String description, String severity,
                     String constructPath, String reason, String acknowledgedAt) {
    }

    ValidationReport {
        violations = List.copyOf(violations);
        suppressed = List.copyOf(suppressed);
        pluginFailures = List.copyOf(pluginFailures);
    }

    static ValidationReport read(Path file) throws SynthException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new SynthException("cannot read the validation report " + file + ": " + e.getMessage(), e);
        }
        List<Violation> violations = new ArrayList<>();
        List<Violation> suppressed = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (JsonNode plugin : root.path("pluginReports")) {
            String name = plugin.path("pluginName").asText();
            String error = plugin.path("metadata").path("error").asText("");
            if (!error.isEmpty()) {
                failures.add(name + ": " + error);
            }
            flatten(name, plugin.path("violations"), violations);
            flatten(name, plugin.path("suppressedViolations"), suppressed);
        }
        return new ValidationReport(violations, suppressed, failures);
    }

    private static void flatten(String pluginName, JsonNode entries, List<Violation> into) {
        for (JsonNode entry : entries) {
            for (JsonNode construct : entry.path("violatingConstructs")) {
                into.add(new Violation(pluginName, entry.path("ruleName").asText(),
                        entry.path("description").asText(""), entry.path("severity").asText(""),
                        construct.path("constructPath").asText(""), entry.path("reason").asText(""),
                        entry.path("acknowledgedAt").asText("")));
            }
        }
    }
}
