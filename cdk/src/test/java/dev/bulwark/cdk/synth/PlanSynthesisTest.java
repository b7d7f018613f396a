package dev.bulwark.cdk.synth;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.bulwark.findings.Finding;
import dev.bulwark.findings.Severity;
import dev.bulwark.plan.Plan;
import dev.bulwark.plan.SynthOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanSynthesisTest {

    @Test
    void toOutput_result_keepsFindingsAndAcknowledgementReasons() {
        Finding open = new Finding("Lightsail-SshWorldOpen", Severity.CRITICAL, "S/Agent (Agent)", null, "tcp/22", null, null);
        Finding accepted = new Finding("AwsSolutions-SMG4", Severity.HIGH, "S/Token/Resource (Token1)", null, null, null, null);
        SynthResult result = new SynthResult("S", Path.of("out"), Path.of("out/S.template.json"),
                List.of(Path.of("out/S.template.json")), JsonNodeFactory.instance.objectNode(), List.of(open),
                List.of(new AcknowledgedFinding(accepted, "rotated by bulwark deploy", "S/Token")));
        SynthOutput output = PlanSynthesis.toOutput(result);
        assertEquals("S", output.stackName());
        assertEquals(List.of(open), output.findings());
        assertEquals(List.of(new Plan.Acknowledgement("AwsSolutions-SMG4", "S/Token/Resource (Token1)",
                "rotated by bulwark deploy")), output.acknowledged());
    }

    @Test
    void synth_missingNode_isUncheckedAndSaysSo(@TempDir Path dir) {
        PlanSynthesis synthesis = new PlanSynthesis(new DeployableStack(new Synthesizer(
                new NodeRuntime(dir.resolve("node").toString()), bp -> List.of())));
        UncheckedSynthException e = assertThrows(UncheckedSynthException.class,
                () -> synthesis.synth(TestBlueprints.withAdminCidrs(List.of(), List.of()), dir));
        assertTrue(e.nodeRuntimeMissing());
        assertTrue(e.getMessage().contains("Node.js 20 or newer"), e.getMessage());
    }
}
