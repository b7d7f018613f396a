package dev.bulwark.cdk.instance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.lightsail.CfnInstance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * aws-cdk-lib runs its own CloudFormation validator during synth (resource types offered in the stack's region,
 * property patterns) and only prints warnings; its findings land in {@code validation-report.json}. Here any
 * finding fails the build.
 */
class CdkTemplateValidationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void synth_bothFixtures_cdkCloudFormationValidatorFindsNothing() throws IOException {
        for (String fixture : SynthesizedTemplates.all().keySet()) {
            assertEquals(List.of(), violations(SynthesizedTemplates.outdir(fixture)), fixture);
        }
    }

    @Test
    void violations_instanceNameBreakingPattern_isFound(@TempDir Path outdir) throws IOException {
        // Guards the check above: proves the validator runs here and the report is read correctly.
        App app = new App(AppProps.builder().outdir(outdir.toString()).build());
        Stack stack = new Stack(app, "probe", StackProps.builder()
                .env(Environment.builder().region("eu-central-1").build()).build());
        CfnInstance.Builder.create(stack, "Instance").instanceName("x").blueprintId("ubuntu_24_04")
                .bundleId("nano_3_0").build();
        app.synth();

        List<String> violations = violations(outdir);

        assertEquals(1, violations.size(), violations.toString());
    }

    private static List<String> violations(Path outdir) throws IOException {
        JsonNode report = JSON.readTree(outdir.resolve("validation-report.json").toFile());
        List<String> found = new ArrayList<>();
        for (JsonNode plugin : report.path("pluginReports")) {
            for (JsonNode violation : plugin.path("violations")) {
                found.add(violation.path("ruleName").asText() + ": " + violation.path("description").asText());
            }
        }
        assertFalse(report.path("pluginReports").isMissingNode(), "unexpected report shape: " + report);
        return found;
    }
}
