package dev.bulwark.deploy;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintLoader;
import dev.bulwark.deploy.aws.AwsClients;
import dev.bulwark.deploy.aws.Polling;
import dev.bulwark.deploy.rotate.GatewayCheck;
import dev.bulwark.deploy.rotate.RotateConfig;
import dev.bulwark.deploy.rotate.RotationResult;
import dev.bulwark.deploy.rotate.Rotator;
import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.secret.Secret;
import dev.bulwark.verify.ProbeOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.lightsail.model.Container;
import software.amazon.awssdk.services.lightsail.model.ContainerService;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bulwark rotate}'s engine at the AWS SDK seam: CloudFormation, Lightsail and Secrets Manager are test doubles
 * (the AWS control plane has no real counterpart here, and nothing may need AWS credentials). The SSH delivery and
 * the gateway are recorded here; the real ones are tested against a real sshd and the real gateway (tests module).
 */
class RotatorTest {
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final Polling NO_PAUSE = new Polling(WaiterOverrideConfiguration.builder()
            .backoffStrategyV2(BackoffStrategy.retryImmediately()).maxAttempts(10).build());
    private static final String OLD_TOKEN = "old-gateway-token-0123456789abcdef";
    private static final String OLD_KEY = "sk-ant-old-0123456789";
    private static final String ROLLBACK = "bulwark rotate agent.yaml --ssh-from 198.51.100.7 --rollback --yes";

    @TempDir
    Path dir;

    private final FakeCloudFormation cloudFormation = new FakeCloudFormation();
    private final FakeLightsail lightsail = new FakeLightsail();
    private final VersionedSecretsManager secrets = new VersionedSecretsManager(Clock.fixed(NOW, ZoneOffset.UTC));
    private final RecordingConsole console = new RecordingConsole();
    /** What reached the host, credential name to value, per delivery. */
    private final List<Map<String, String>> delivered = new ArrayList<>();
    private final List<String> proofs = new ArrayList<>();
    private URI provedAt;

    @BeforeEach
    void deployed() {
        cloudFormation.stack = Stack.builder().stackName("bulwark-openclaw-prod").stackId(FakeCloudFormation.STACK_ID)
                .stackStatus("UPDATE_COMPLETE").outputs(
                        Output.builder().outputKey("InstanceName").outputValue("openclaw-prod").build(),
                        Output.builder().outputKey("ServiceName").outputValue("openclaw-cs").build()).build();
    }

    @Test
    void rotate_instance_newTokenDeliveredOverSshWindowThenProven() throws Exception {
        Blueprint blueprint = instance();
        secrets.with("openclaw-prod/gateway-token", OLD_TOKEN, NOW).with("openclaw-prod/anthropic-api-key", OLD_KEY, NOW);

        RotationResult result = rotator(accepting()).rotate(blueprint, config(Optional.empty(), true));

        assertEquals(RotationResult.Outcome.PROVEN, result.outcome(), result.message());
        String fresh = secrets.current.get("openclaw-prod/gateway-token");
        assertNotEquals(OLD_TOKEN, fresh);
        assertEquals(OLD_TOKEN, secrets.previous.get("openclaw-prod/gateway-token"));
        assertEquals(List.of(Map.of("gateway-token", fresh, "provider-anthropic", OLD_KEY)), delivered);
        assertEquals(List.of("new=" + fresh + " old=" + OLD_TOKEN), proofs);
        assertEquals(URI.create("https://agent.example.com/"), provedAt);
        assertEquals(List.of("OpenInstancePublicPorts 22 [198.51.100.7/32]", "CloseInstancePublicPorts 22 "
                + "[198.51.100.7/32]"), lightsail.calls.stream().filter(c -> c.contains("PublicPorts")).toList());
        String progress = console.text();
        for (String step : List.of("Creating a new version", "Delivering", "Waiting for the gateway", "proving")) {
            assertTrue(progress.contains(step), step + " in " + progress);
        }
        assertFalse(progress.contains(fresh) || progress.contains(OLD_TOKEN) || progress.contains(OLD_KEY), progress);
    }

    @Test
    void rotate_oldTokenStillAccepted_failedWithFindingAndRollbackCommand() throws Exception {
        secrets.with("openclaw-prod/gateway-token", OLD_TOKEN, NOW).with("openclaw-prod/anthropic-api-key", OLD_KEY, NOW);
        RuleInfo rule = new RuleInfo("GATEWAY_STALE_TOKEN_ACCEPTED", Severity.CRITICAL, "stale", null, null, null);

        RotationResult result = rotator((current, stale) -> new ProbeOutcome.Checked(List.of(rule.id()), List.of(
                Finding.of(rule, "https://agent.example.com/", "POST /tools/invoke with the stale token -> 400"))))
                .rotate(instance(), config(Optional.empty(), true));

        assertEquals(RotationResult.Outcome.FAILED, result.outcome());
        assertEquals("GATEWAY_STALE_TOKEN_ACCEPTED", result.findings().get(0).ruleId());
        assertTrue(result.message().contains(ROLLBACK), result.message());
    }

    @Test
    void rollback_instance_previousTokenCurrentAgainAndDelivered() throws Exception {
        secrets.with("openclaw-prod/gateway-token", OLD_TOKEN, NOW).with("openclaw-prod/anthropic-api-key", OLD_KEY, NOW);
        rotator(accepting()).rotate(instance(), config(Optional.empty(), true));
        String rotated = secrets.current.get("openclaw-prod/gateway-token");
        delivered.clear();

        RotationResult result = rotator(accepting()).rotate(instance(), new RotateConfig(Optional.empty(),
                Optional.empty(), true, true, Optional.of("198.51.100.7"), Duration.ofMinutes(1), ROLLBACK));

        assertEquals(RotationResult.Outcome.PROVEN, result.outcome(), result.message());
        assertEquals(OLD_TOKEN, secrets.current.get("openclaw-prod/gateway-token"));
        assertEquals(OLD_TOKEN, delivered.get(0).get("gateway-token"));
        assertEquals("new=" + OLD_TOKEN + " old=" + rotated, proofs.get(1));
    }

    @Test
    void rotate_notOnTerminalWithoutYes_usageErrorBeforeAnyAwsCall() throws Exception {
        DeployException e = assertThrows(DeployException.class,
                () -> rotator(accepting()).rotate(instance(), config(Optional.empty(), false)));

        assertEquals(DeployException.Kind.USAGE, e.kind());
        assertTrue(e.getMessage().contains("--yes"), e.getMessage());
        assertTrue(secrets.calls.isEmpty() && lightsail.calls.isEmpty() && cloudFormation.calls.isEmpty());
    }

    @Test
    void rotate_terminalAnswerNotYes_nothingChanged() throws Exception {
        console.interactive = true;
        console.answers.add("no");
        secrets.with("openclaw-prod/gateway-token", OLD_TOKEN, NOW);

        assertThrows(DeployException.class, () -> rotator(accepting()).rotate(instance(),
                config(Optional.empty(), false)));
        assertTrue(console.text().contains("Type yes"), console.text());
        assertEquals(OLD_TOKEN, secrets.current.get("openclaw-prod/gateway-token"));
    }

    @Test
    void rotate_instanceWithoutSshFrom_usageError() throws Exception {
        RotateConfig config = new RotateConfig(Optional.empty(), Optional.empty(), false, true, Optional.empty(),
                Duration.ofMinutes(1), ROLLBACK);
        DeployException e = assertThrows(DeployException.class, () -> rotator(accepting()).rotate(instance(), config));
        assertTrue(e.getMessage().contains("--ssh-from"), e.getMessage());
    }

    @Test
    void rotate_container_newDeploymentOfTheCurrentOneAwaitedThenProven() throws Exception {
        secrets.with("openclaw-cs/gateway-token", OLD_TOKEN, NOW);
        ContainerService running = service(3, "ACTIVE");
        lightsail.services.add(running);
        RotateConfig config = new RotateConfig(Optional.empty(), Optional.empty(), false, true, Optional.empty(),
                Duration.ofMinutes(1), "bulwark rotate container.yaml --rollback --yes");

        RotationResult result = rotator(accepting()).rotate(container(), config);

        assertEquals(RotationResult.Outcome.PROVEN, result.outcome(), result.message());
        assertEquals(1, lightsail.createdDeployments.size());
        var request = lightsail.createdDeployments.get(0);
        assertEquals(running.currentDeployment().containers(), request.containers());
        assertEquals("proxy", request.publicEndpoint().containerName());
        assertEquals(443, request.publicEndpoint().containerPort());
        assertTrue(delivered.isEmpty(), "container mode has no host to deliver to");
        assertTrue(console.text().contains("Waiting for the new deployment"), console.text());
    }

    @Test
    void rotate_containerWithSshFrom_usageError() throws Exception {
        DeployException e = assertThrows(DeployException.class,
                () -> rotator(accepting()).rotate(container(), config(Optional.empty(), true)));
        assertTrue(e.getMessage().contains("--ssh-from does not apply"), e.getMessage());
    }

    @Test
    void rotate_providerKey_storedDeliveredAndRevokeReminderNoProof() throws Exception {
        secrets.with("openclaw-prod/gateway-token", OLD_TOKEN, NOW).with("openclaw-prod/anthropic-api-key", OLD_KEY, NOW);
        RotateConfig config = new RotateConfig(Optional.of("anthropic"), Optional.of(Secret.of("sk-ant-new-987")),
                false, true, Optional.of("198.51.100.7"), Duration.ofMinutes(1), ROLLBACK);

        RotationResult result = rotator(accepting()).rotate(instance(), config);

        assertEquals(RotationResult.Outcome.DELIVERED, result.outcome(), result.message());
        assertEquals("sk-ant-new-987", secrets.current.get("openclaw-prod/anthropic-api-key"));
        assertEquals(OLD_KEY, secrets.previous.get("openclaw-prod/anthropic-api-key"));
        assertEquals(OLD_TOKEN, secrets.current.get("openclaw-prod/gateway-token"), "the token is not rotated");
        assertEquals("sk-ant-new-987", delivered.get(0).get("provider-anthropic"));
        assertTrue(result.message().contains("revoke the old key") && result.message().contains("No outside proof"),
                result.message());
        assertTrue(proofs.isEmpty(), "no token proof for a provider key");
        assertFalse(console.text().contains("sk-ant-new-987") || result.message().contains("sk-ant"));
    }

    @Test
    void rotate_unknownProviderOrMissingFile_usageErrors() throws Exception {
        DeployException unknown = assertThrows(DeployException.class, () -> rotator(accepting()).rotate(instance(),
                new RotateConfig(Optional.of("openai"), Optional.of(Secret.of("x")), false, true,
                        Optional.of("198.51.100.7"), Duration.ofMinutes(1), ROLLBACK)));
        assertTrue(unknown.getMessage().contains("[anthropic]"), unknown.getMessage());
        DeployException noFile = assertThrows(DeployException.class, () -> rotator(accepting()).rotate(instance(),
                new RotateConfig(Optional.of("anthropic"), Optional.empty(), false, true,
                        Optional.of("198.51.100.7"), Duration.ofMinutes(1), ROLLBACK)));
        assertTrue(noFile.getMessage().contains("--from-file"), noFile.getMessage());
    }

    @Test
    void rotate_notDeployed_environmentError() throws Exception {
        cloudFormation.stack = null;
        DeployException e = assertThrows(DeployException.class,
                () -> rotator(accepting()).rotate(instance(), config(Optional.empty(), true)));
        assertEquals(DeployException.Kind.ENVIRONMENT, e.kind());
        assertTrue(e.getMessage().contains("bulwark deploy"), e.getMessage());
    }

    private RotateConfig config(Optional<String> provider, boolean yes) {
        return new RotateConfig(provider, Optional.empty(), false, yes, Optional.of("198.51.100.7"),
                Duration.ofMinutes(1), ROLLBACK);
    }

    private Rotator rotator(dev.bulwark.deploy.rotate.TokenProof proof) {
        AwsClients aws = new AwsClients(cloudFormation, lightsail, secrets, new FakeSts(), new FakeRoute53());
        return new Rotator(aws, console, Clock.fixed(NOW, ZoneOffset.UTC), NO_PAUSE, (target, credentials) -> {
            Map<String, String> values = new java.util.LinkedHashMap<>();
            credentials.forEach((name, value) -> values.put(name, value.reveal()));
            delivered.add(values);
        }, url -> {
            provedAt = url;
            return new GatewayCheck() {
                @Override
                public Optional<String> awaitReady() {
                    return Optional.empty();
                }

                @Override
                public ProbeOutcome prove(Secret current, Secret stale) throws InterruptedException {
                    proofs.add("new=" + current.reveal() + " old=" + stale.reveal());
                    return proof.prove(current, stale);
                }
            };
        });
    }

    private static dev.bulwark.deploy.rotate.TokenProof accepting() {
        return (current, stale) -> new ProbeOutcome.Checked(List.of("GATEWAY_STALE_TOKEN_ACCEPTED"), List.of());
    }

    /** The instance sample, deployable from 198.51.100.0/24. */
    private Blueprint instance() throws Exception {
        String yaml = Files.readString(Path.of("../blueprints/openclaw-instance.yaml"));
        return new BlueprintLoader().load(Files.writeString(dir.resolve("agent.yaml"),
                yaml.replace("deployCidrs: []", "deployCidrs: [\"198.51.100.0/24\"]")));
    }

    private Blueprint container() throws Exception {
        String yaml = Files.readString(Path.of("../blueprints/openclaw-container.yaml"));
        return new BlueprintLoader().load(Files.writeString(dir.resolve("container.yaml"),
                yaml.replace("0".repeat(64), "a".repeat(64))));
    }

    private static ContainerService service(int version, String state) {
        return ContainerService.builder().containerServiceName("openclaw-cs").state("RUNNING").power("small")
                .scale(1).url("https://openclaw-cs.abc.us-east-1.cs.amazonlightsail.com/")
                .currentDeployment(d -> d.version(version).state(state).containers(Map.of(
                        "gateway", Container.builder().image("ghcr.io/example/openclaw-gateway@sha256:"
                                + "a".repeat(64)).portsWithStrings(Map.of("18789", "HTTP")).build(),
                        "proxy", Container.builder().image("public.ecr.aws/nginx/nginx@sha256:" + "a".repeat(64))
                                .portsWithStrings(Map.of("443", "HTTPS")).build()))
                        .publicEndpoint(p -> p.containerName("proxy").containerPort(443)
                                .healthCheck(h -> h.path("/health"))))
                .build();
    }
}
