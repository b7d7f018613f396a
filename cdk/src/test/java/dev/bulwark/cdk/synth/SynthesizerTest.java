package dev.bulwark.cdk.synth;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.cdk.nag.Acknowledgements;
import dev.bulwark.cdk.nag.LightsailHardeningProps;
import dev.bulwark.cdk.nag.LightsailResource;
import dev.bulwark.cdk.nag.LightsailRule;
import dev.bulwark.cdk.nag.LightsailRules;
import dev.bulwark.cdk.nag.RuleVerdict;
import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.lightsail.CfnInstance;
import software.amazon.awscdk.services.secretsmanager.Secret;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pipeline end to end with one real in-process synth: findings, acknowledgements, a throwing rule, outputs. */
class SynthesizerTest {

    private static final Blueprint BLUEPRINT = TestBlueprints.withAdminCidrs(List.of("203.0.113.0/24"), List.of());
    private static final String ROTATION_REASON =
            "provider keys are rotated at the provider; the gateway token is rotated by bulwark deploy";
    private static final String SNAPSHOT_REASON = "test instance: state is disposable, snapshots cost money";
    private static final RuleInfo THROWING = new RuleInfo("Lightsail-AlwaysThrows", Severity.MEDIUM,
            "a rule that cannot decide", null, null, null);

    @TempDir
    static Path outDir;
    private static SynthResult result;

    @BeforeAll
    static void synthesizeOnce() throws Exception {
        Files.writeString(outDir.resolve("validation-report.json"), "{\"pluginReports\":[]}"); // stale: must be replaced
        Synthesizer synthesizer = new Synthesizer(NodeRuntime.fromEnvironment(), blueprint -> {
            List<LightsailRule> rules = new ArrayList<>(LightsailRules.standard(LightsailHardeningProps.from(blueprint)));
            rules.add(new ThrowingRule());
            return rules;
        });
        result = synthesizer.synth(BLUEPRINT, outDir, (app, blueprint) -> {
            Stack stack = new Stack(app, "Pipeline");
            Secret rotatedElsewhere = Secret.Builder.create(stack, "GatewayToken").build();
            Acknowledgements.of(rotatedElsewhere).acknowledge("AwsSolutions-SMG4", ROTATION_REASON);
            Secret.Builder.create(stack, "Unacknowledged").build();
            CfnInstance instance = CfnInstance.Builder.create(stack, "Agent").instanceName("agent")
                    .blueprintId("ubuntu_24_04").bundleId("medium_3_0").keyPairName("admin")
                    .networking(CfnInstance.NetworkingProperty.builder().ports(List.of(CfnInstance.PortProperty
                            .builder().fromPort(22).toPort(22).protocol("tcp").cidrs(List.of("203.0.113.0/24"))
                            .build())).build())
                    .build();
            Acknowledgements.of(instance).acknowledge("Lightsail-AutoSnapshotOff", SNAPSHOT_REASON);
            CfnOutput.Builder.create(stack, "Leak").value("AKIA" + "Z7XQ4LM2PK9DR3TW").build();
            return stack;
        });
    }

    @Test
    void synth_result_carriesStackTemplateAndPaths() {
        assertEquals("Pipeline", result.stackName());
        assertEquals(outDir.resolve("Pipeline.template.json"), result.templateFile());
        assertEquals(List.of(result.templateFile()), result.templateFiles());
        assertTrue(Files.isRegularFile(result.templateFile()));
        assertEquals("AWS::Lightsail::Instance", result.template().path("Resources").path("Agent").path("Type").asText());
    }

    @Test
    void synth_findings_areInReportOrder() {
        List<Finding> sorted = result.findings().stream().sorted(Finding.REPORT_ORDER).toList();
        assertEquals(sorted, result.findings());
        assertTrue(result.findings().size() > 3, result.findings().toString());
    }

    @Test
    void synth_throwingRule_becomesFindingOnEveryResource() {
        List<Finding> thrown = result.findings().stream().filter(f -> f.ruleId().equals(THROWING.id())).toList();
        assertTrue(thrown.stream().anyMatch(f -> f.target().equals("Pipeline/Agent (Agent)")), thrown.toString());
        Finding onAgent = thrown.stream().filter(f -> f.target().startsWith("Pipeline/Agent")).findFirst().orElseThrow();
        assertEquals(Severity.MEDIUM, onAgent.severity());
        assertTrue(onAgent.evidence().contains("the rule failed") && onAgent.evidence().contains("cannot decide"),
                onAgent.evidence());
    }

    @Test
    void synth_acknowledgedAwsSolutionsRule_isSuppressedButKeptWithReason() {
        AcknowledgedFinding ack = result.acknowledged().stream()
                .filter(a -> a.finding().ruleId().equals("AwsSolutions-SMG4")).findFirst().orElseThrow();
        assertEquals(ROTATION_REASON, ack.reason());
        assertEquals("Pipeline/GatewayToken", ack.acknowledgedAt());
        assertTrue(ack.finding().target().startsWith("Pipeline/GatewayToken/Resource ("), ack.finding().target());
        assertFalse(result.findings().stream().anyMatch(f -> f.ruleId().equals("AwsSolutions-SMG4")
                && f.target().startsWith("Pipeline/GatewayToken/")), "acknowledged finding still reported");
    }

    @Test
    void synth_unacknowledgedAwsSolutionsError_isHigh() {
        Finding finding = result.findings().stream().filter(f -> f.ruleId().equals("AwsSolutions-SMG4")
                && f.target().startsWith("Pipeline/Unacknowledged/")).findFirst().orElseThrow();
        assertEquals(Severity.HIGH, finding.severity());
    }

    @Test
    void synth_acknowledgedLightsailRule_keepsSeverityAndReason() {
        AcknowledgedFinding ack = result.acknowledged().stream()
                .filter(a -> a.finding().ruleId().equals("Lightsail-AutoSnapshotOff")).findFirst().orElseThrow();
        assertEquals(SNAPSHOT_REASON, ack.reason());
        assertEquals(Severity.LOW, ack.finding().severity());
        assertFalse(result.ruleIds().contains("Lightsail-AutoSnapshotOff"));
    }

    @Test
    void synth_secretInOutput_isFound() {
        assertTrue(result.findings().stream().anyMatch(f -> f.ruleId().equals("Lightsail-SecretInTemplate")
                && f.target().equals("Pipeline.template.json") && f.evidence().startsWith("Outputs.Leak.Value")),
                result.findings().toString());
    }

    @Test
    void synth_failingStackFactory_throwsSynthException(@TempDir Path otherDir) {
        SynthException e = assertThrows(SynthException.class, () -> Synthesizer.create().synth(BLUEPRINT, otherDir,
                (app, blueprint) -> {
                    throw new IllegalStateException("no bundle for this region");
                }));
        assertTrue(e.getMessage().contains("no bundle for this region"), e.getMessage());
    }

    @Test
    void synth_missingNode_throwsNodeRuntimeExceptionBeforeSynth(@TempDir Path otherDir) {
        Synthesizer synthesizer = new Synthesizer(new NodeRuntime(otherDir.resolve("no-node").toString()),
                blueprint -> List.of());
        assertThrows(NodeRuntimeException.class, () -> synthesizer.synth(BLUEPRINT, otherDir, (app, bp) -> {
            throw new AssertionError("the factory must not run without Node");
        }));
    }

    private static final class ThrowingRule implements LightsailRule {
        @Override
        public RuleInfo info() {
            return THROWING;
        }

        @Override
        public RuleVerdict check(LightsailResource resource) {
            throw new IllegalStateException("cannot decide on " + resource.logicalId());
        }
    }
}
