package dev.bulwark.cdk;

import dev.bulwark.blueprint.BlueprintLoader;
import dev.bulwark.cdk.synth.TestBlueprints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.lightsail.CfnInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What `npx aws-cdk synth` sees: with the CDK's default settings an error finding fails the synth by name. */
class CdkAppMainTest {

    @Test
    void synth_sshOpenToTheWorld_failsNamingTheRule(@TempDir Path outDir) throws Exception {
        App app = App.Builder.create().outdir(outDir.toString()).analyticsReporting(false).build();
        RuntimeException e = assertThrows(RuntimeException.class, () -> CdkAppMain.synth(app,
                TestBlueprints.withAdminCidrs(List.of("203.0.113.0/24"), List.of()), (scope, blueprint) -> {
                    Stack stack = new Stack(scope, "Cli");
                    CfnInstance.Builder.create(stack, "Agent").instanceName("agent").blueprintId("ubuntu_24_04")
                            .bundleId("medium_3_0").keyPairName("admin")
                            .networking(CfnInstance.NetworkingProperty.builder().ports(List.of(
                                    CfnInstance.PortProperty.builder().fromPort(22).toPort(22).protocol("tcp")
                                            .cidrs(List.of("0.0.0.0/0")).build())).build())
                            .build();
                    return stack;
                }));
        assertTrue(e.getMessage().contains("Validation failed"), e.getMessage());
        String report = Files.readString(outDir.resolve("validation-report.json"));
        assertTrue(report.contains("\"ruleName\": \"Lightsail-SshWorldOpen\""), report);
    }

    @Test
    void synth_containerSample_dispatchesOnModeAndPassesBothPacks(@TempDir Path outDir) throws Exception {
        App app = App.Builder.create().outdir(outDir.toString()).analyticsReporting(false).build();
        CdkAppMain.synth(app, new BlueprintLoader().load(Path.of("..", "blueprints", "openclaw-container.yaml")),
                CdkAppMain.stackFactory());
        String template = Files.readString(outDir.resolve("bulwark-openclaw-cs.template.json"));
        assertTrue(template.contains("\"AWS::Lightsail::Container\""), template);
        assertFalse(template.contains("\"AWS::Lightsail::Instance\""), template);
    }
}
