package dev.bulwark.cli.verify;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintLoader;
import dev.bulwark.deploy.state.DeployPhase;
import dev.bulwark.deploy.state.DeployState;
import dev.bulwark.deploy.state.DeployStateFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Offline target discovery for a container blueprint: a real state file on disk, no AWS. */
class ContainerTargetsTest {
    @TempDir
    Path dir;

    @Test
    void urls_stateRecordsServiceUrl_serviceUrlThenCustomDomain() throws Exception {
        Blueprint blueprint = new BlueprintLoader().load(Path.of("../blueprints/openclaw-container.yaml"));
        DeployStateFile.forBlueprint(dir, blueprint.name()).write(new DeployState("bulwark-openclaw-cs",
                DeployPhase.VERIFIED, Instant.parse("2030-01-01T00:00:00Z"), Optional.of(0))
                .withServiceUrl("https://openclaw-cs.abc123.us-east-1.cs.amazonlightsail.com"));

        assertEquals(List.of("https://openclaw-cs.abc123.us-east-1.cs.amazonlightsail.com",
                "https://agent.example.com"), ContainerTargets.urls(blueprint, dir));
    }

    @Test
    void expectations_containerBlueprint_noSshExpectedAndDomainFromBlueprint() throws Exception {
        Blueprint blueprint = new BlueprintLoader().load(Path.of("../blueprints/openclaw-container.yaml"));

        dev.bulwark.verify.Expectations expectations = dev.bulwark.verify.Expectations.fromBlueprint(blueprint);

        assertEquals(Optional.of("agent.example.com"), expectations.domain());
    }

    @Test
    void expectations_serviceUrl_certificateMustNameTheServiceHost_customDomainKeepsTheBlueprintDomain()
            throws Exception {
        Blueprint blueprint = new BlueprintLoader().load(Path.of("../blueprints/openclaw-container.yaml"));

        assertEquals(Optional.of("openclaw-cs.abc123.us-east-1.cs.amazonlightsail.com"), ContainerTargets
                .expectations(blueprint, java.net.URI.create("https://openclaw-cs.abc123.us-east-1.cs.amazonlightsail.com"))
                .domain());
        assertEquals(Optional.of("agent.example.com"), ContainerTargets
                .expectations(blueprint, java.net.URI.create("https://agent.example.com")).domain());
    }

    @Test
    void expectations_instanceBlueprint_alwaysTheBlueprintDomain() throws Exception {
        Blueprint blueprint = new BlueprintLoader().load(Path.of("../blueprints/openclaw-instance.yaml"));

        assertEquals(Optional.of(blueprint.domain().name()), ContainerTargets.expectations(blueprint,
                java.net.URI.create("https://x.abc.us-east-1.cs.amazonlightsail.com")).domain());
    }
}
