package dev.bulwark.deploy;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintLoader;
import dev.bulwark.deploy.aws.AwsClients;
import dev.bulwark.deploy.destroy.DestroyConfig;
import dev.bulwark.deploy.destroy.Destroyer;
import dev.bulwark.deploy.state.DeployPhase;
import dev.bulwark.deploy.state.DeployState;
import dev.bulwark.deploy.state.DeployStateFile;
import dev.bulwark.deploy.status.StatusReader;
import dev.bulwark.deploy.status.StatusReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seam test of status and destroy against the AWS control plane, which has no real counterpart on this machine:
 * the SDK client interfaces are test doubles holding one deployed stack.
 */
class StatusAndDestroyTest {
    /** The SDK waiter without pauses, bounded in attempts, so the snapshot wait runs in milliseconds. */
    private static final dev.bulwark.deploy.aws.Polling NO_PAUSE = new dev.bulwark.deploy.aws.Polling(
            software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration.builder().backoffStrategyV2(
                    software.amazon.awssdk.retries.api.BackoffStrategy.retryImmediately()).maxAttempts(10).build());

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private final FakeCloudFormation cloudFormation = new FakeCloudFormation();
    private final FakeLightsail lightsail = new FakeLightsail();
    private final FakeSecretsManager secretsManager = new FakeSecretsManager();
    private final RecordingConsole console = new RecordingConsole();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private AwsClients aws;
    private Blueprint blueprint;

    @BeforeEach
    void deployed() throws Exception {
        blueprint = new BlueprintLoader().load(Path.of("../blueprints/openclaw-instance.yaml"));
        aws = new AwsClients(cloudFormation, lightsail, secretsManager, new FakeSts(), new FakeRoute53());
        cloudFormation.stack = Stack.builder().stackName("bulwark-openclaw-prod").stackId(FakeCloudFormation.STACK_ID)
                .stackStatus("UPDATE_COMPLETE").outputs(
                        Output.builder().outputKey("InstanceName").outputValue("openclaw-prod").build(),
                        Output.builder().outputKey("LoadBalancerName").outputValue("openclaw-prod-lb").build(),
                        Output.builder().outputKey("CertificateName").outputValue("agent-cert").build(),
                        Output.builder().outputKey("CertificatePhase").outputValue("validated").build(),
                        Output.builder().outputKey("BaselineDigest").outputValue("0123456789abcdef").build(),
                        Output.builder().outputKey("InstanceGeneration").outputValue("2").build())
                .build();
        lightsail.lastCertificateStatus = "ISSUED";
    }

    @Test
    void read_deployedStack_rendersResourcesCertificateFirewallAndLastVerify() {
        DeployStateFile.forBlueprint(dir, blueprint.name()).write(new DeployState("bulwark-openclaw-prod",
                DeployPhase.POST_CREATE_DONE, NOW, Optional.empty()).verified(1, NOW));

        StatusReport report = new StatusReader(aws, clock).read(blueprint, dir);
        String text = String.join("\n", report.render());

        assertTrue(text.contains("Stack bulwark-openclaw-prod: UPDATE_COMPLETE"), text);
        assertTrue(text.contains("HostInstance"), text);
        assertTrue(text.contains("Certificate: agent-cert ISSUED, phase validated"), text);
        assertTrue(text.contains("tcp 18789 open from 172.26.0.0/16"), text);
        assertTrue(text.contains("IMDS tokens required (IMDSv2)"), text);
        assertTrue(text.contains(", baseline 0123456789abcdef, generation 2"), "what plan's digest is compared with: "
                + text);
        assertTrue(text.contains("Last verify: exit 1 (findings)"), text);
    }

    @Test
    void toJson_deployedStack_carriesTheSameFactsAsTheText() throws Exception {
        DeployStateFile.forBlueprint(dir, blueprint.name()).write(new DeployState("bulwark-openclaw-prod",
                DeployPhase.POST_CREATE_DONE, NOW, Optional.empty()).verified(1, NOW));

        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(new StatusReader(aws, clock).read(blueprint, dir).toJson());

        assertEquals("UPDATE_COMPLETE", json.path("stackStatus").asText());
        assertTrue(json.path("resources").findValuesAsText("logicalId").contains("HostInstance"), json::toString);
        assertEquals("agent-cert ISSUED, phase validated", json.path("certificate").asText());
        assertTrue(json.path("firewall").toString().contains("tcp 18789 open from 172.26.0.0/16"), json::toString);
        assertEquals(1, json.path("lastVerifyExit").asInt());
    }

    @Test
    void read_noStack_saysNotDeployed() {
        cloudFormation.stack = null;

        StatusReport report = new StatusReader(aws, clock).read(blueprint, dir);

        assertFalse(report.deployed());
        assertTrue(report.render().get(1).contains("Run `bulwark deploy`"));
    }

    @Test
    void destroy_withSnapshot_snapshotsDeletesSchedulesSecretsAndListsWhatRemains() {
        DeployStateFile state = DeployStateFile.forBlueprint(dir, blueprint.name());
        state.write(new DeployState("bulwark-openclaw-prod", DeployPhase.VERIFIED, NOW, Optional.of(0)));

        List<String> remains = new Destroyer(aws, console, clock, Sleeper.none(), Duration.ofSeconds(5), NO_PAUSE)
                .destroy(blueprint, new DestroyConfig(true, true, 7, dir, Duration.ofMinutes(30))).orElseThrow();

        assertEquals("CreateInstanceSnapshot openclaw-prod openclaw-prod-final-" + NOW.getEpochSecond(),
                lightsail.calls.get(0));
        assertTrue(cloudFormation.calls.contains("DeleteStack"));
        assertEquals(List.of("openclaw-prod/anthropic-api-key 7"), secretsManager.deletions);
        assertTrue(lightsail.calls.contains("DeleteKeyPair openclaw-prod-key"));
        assertFalse(Files.exists(state.path()));
        String text = String.join("\n", remains);
        assertTrue(text.contains("instance snapshot openclaw-prod-final-"), text);
        assertTrue(text.contains("recoverable until 2030-01-08"), text);
        assertTrue(text.contains("DNS records for agent.example.com"), text);
        assertTrue(console.text().contains("DELETE_COMPLETE"), console.text());
    }

    @Test
    void destroy_noSnapshot_takesNone() {
        new Destroyer(aws, console, clock, Sleeper.none(), Duration.ofSeconds(5), NO_PAUSE)
                .destroy(blueprint, new DestroyConfig(true, false, 30, dir, Duration.ofMinutes(30)));

        assertTrue(lightsail.calls.stream().noneMatch(c -> c.startsWith("CreateInstanceSnapshot")));
        assertEquals(List.of("openclaw-prod/anthropic-api-key 30"), secretsManager.deletions);
    }

    @Test
    void destroy_forceDeleteSecrets_deletesWithoutRecoveryWindowAndLeavesNoSecret() {
        List<String> remains = new Destroyer(aws, console, clock, Sleeper.none(), Duration.ofSeconds(5), NO_PAUSE)
                .destroy(blueprint, new DestroyConfig(true, false, 30, dir, Duration.ofMinutes(30), true))
                .orElseThrow();

        assertEquals(List.of("openclaw-prod/anthropic-api-key force"), secretsManager.deletions);
        assertTrue(remains.stream().noneMatch(r -> r.contains("secret")), String.join("\n", remains));
    }

    @Test
    void destroy_wrongNameTyped_changesNothing() {
        console.interactive = true;
        console.answers.add("openclaw-staging");

        Optional<List<String>> remains = new Destroyer(aws, console, clock, Sleeper.none(), Duration.ofSeconds(5), NO_PAUSE)
                .destroy(blueprint, new DestroyConfig(false, true, 7, dir, Duration.ofMinutes(30)));

        assertTrue(remains.isEmpty());
        assertTrue(cloudFormation.calls.stream().noneMatch(c -> c.startsWith("DeleteStack")));
        assertTrue(lightsail.calls.isEmpty());
        assertTrue(secretsManager.deletions.isEmpty());
    }
}
