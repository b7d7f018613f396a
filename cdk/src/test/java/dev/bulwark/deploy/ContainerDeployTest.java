package dev.bulwark.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintLoader;
import dev.bulwark.deploy.aws.AwsClients;
import dev.bulwark.deploy.container.ContainerStatusReader;
import dev.bulwark.deploy.container.ContainerStatusReport;
import dev.bulwark.deploy.destroy.DestroyConfig;
import dev.bulwark.deploy.destroy.Destroyer;
import dev.bulwark.deploy.secrets.SecretSource;
import dev.bulwark.deploy.state.DeployPhase;
import dev.bulwark.deploy.state.DeployState;
import dev.bulwark.deploy.state.DeployStateFile;
import dev.bulwark.findings.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.lightsail.model.Container;
import software.amazon.awssdk.services.lightsail.model.ContainerService;
import software.amazon.awssdk.services.lightsail.model.ContainerServiceDeployment;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seam test of container-mode deploy, status and destroy against the AWS control plane, which has no real
 * counterpart on this machine: CloudFormation, Lightsail (powers, GetCertificates, GetContainerServices), Secrets
 * Manager, STS and Route 53 are test doubles of the SDK client interfaces. Synthesis is a canned template that
 * records the CDK context it was given; the real container stack is another module's concern.
 */
class ContainerDeployTest {
    private static final String KEY = "sk-ant-api03-CONTAINER-TEST-KEY-VALUE";
    private static final String ENV_VALUE = "VALUE-THAT-MUST-NEVER-BE-PRINTED-1234";
    private static final String SERVICE_URL = "https://openclaw-cs.abc123.us-east-1.cs.amazonlightsail.com/";
    static final WaiterOverrideConfiguration NO_WAIT = WaiterOverrideConfiguration.builder()
            .backoffStrategyV2(BackoffStrategy.retryImmediately()).maxAttempts(3).build();
    static final Map<String, String> PENDING = Map.of("ServiceName", "openclaw-cs", "CertificateName",
            "openclaw-cs-cert", "CertificatePhase", "pending", "GatewayReaderKeySerial", "1");

    @TempDir
    Path dir;

    private final FakeCloudFormation cloudFormation = new FakeCloudFormation();
    private final FakeLightsail lightsail = new FakeLightsail();
    private final FakeSecretsManager secretsManager = new FakeSecretsManager();
    private final RecordingConsole console = new RecordingConsole();
    private final List<Map<String, String>> contexts = new ArrayList<>();
    private final List<String> verified = new ArrayList<>();
    private Blueprint blueprint;

    @BeforeEach
    void load() throws Exception {
        blueprint = blueprint("a");
    }

    /** The sample container blueprint, its placeholder digests replaced by {@code digitChar} x 64 unless "0". */
    private Blueprint blueprint(String digitChar) throws Exception {
        String yaml = Files.readString(Path.of("../blueprints/openclaw-container.yaml"));
        Path file = Files.writeString(dir.resolve("openclaw-container.yaml"),
                yaml.replace("0".repeat(64), digitChar.repeat(64)));
        return new BlueprintLoader().load(file);
    }

    private AwsClients aws() {
        return new AwsClients(cloudFormation, lightsail, secretsManager, new FakeSts(), new FakeRoute53());
    }

    private Deployer deployer() {
        Clock clock = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
        StackSynthesis synthesis = (bp, context, out) -> {
            contexts.add(new HashMap<>(context.asCdkContext()));
            String body = "{\"Resources\":{},\"Outputs\":{}}";
            try {
                return new SynthesizedStack("bulwark-" + bp.name(), body, new ObjectMapper().readTree(body),
                        List.of());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        return new Deployer(aws(), console, clock, Sleeper.none(), () -> { }, synthesis,
                (bp, endpoints) -> {
                    endpoints.forEach(e -> verified.add(e.url() + " " + e.host().orElse(null)));
                    return endpoints.stream().allMatch(e -> e.url().contains("cs.amazonlightsail.com")) ? 0 : 1;
                }, NO_WAIT, Duration.ofSeconds(10), (target, credentials) -> {
                    throw new AssertionError("container mode never delivers to a host");
                });
    }

    private DeployConfig config(Optional<SecretSource> secrets, boolean rotate) {
        return new DeployConfig(dir.resolve("cdk.out"), dir, true, secrets, Duration.ofMinutes(5),
                Duration.ofMinutes(30), true, Severity.HIGH, Optional.empty(), Optional.empty(), rotate);
    }

    private static SecretSource stdin(String text) {
        return SecretSource.stdin(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static ContainerService service(String state, String deploymentState, String envValue) {
        return ContainerService.builder().containerServiceName("openclaw-cs").state(state).power("small").scale(1)
                .url(SERVICE_URL).publicDomainNames(Map.of("openclaw-cs-cert", List.of("agent.example.com")))
                .currentDeployment(d -> d.version(3).state(deploymentState).containers(Map.of(
                        "gateway", Container.builder().image("ghcr.io/example/openclaw-gateway@sha256:" + "a".repeat(64))
                                .portsWithStrings(Map.of("18789", "HTTP")).environment(Map.of(
                                        "AWS_ACCESS_KEY_ID", envValue, "AWS_SECRET_ACCESS_KEY", envValue,
                                        "GATEWAY_TOKEN_SECRET_ARN", "arn:aws:secretsmanager:us-east-1:123456789012:secret:openclaw-cs/gateway-token")).build(),
                        "proxy", Container.builder().image("public.ecr.aws/nginx/nginx@sha256:" + "a".repeat(64))
                                .portsWithStrings(Map.of("443", "HTTPS")).environment(Map.of()).build())))
                .build();
    }

    private void scriptTwoPhases() {
        cloudFormation.nextChanges.add(List.of(FakeCloudFormation.of(FakeCloudFormation.change("Add", "Service",
                "AWS::Lightsail::Container"))));
        cloudFormation.nextOutcomes.add(new FakeCloudFormation.Outcome("CREATE_COMPLETE", List.of(
                FakeCloudFormation.event("e1", "Service", "CREATE_COMPLETE", null)), PENDING));
        scriptKeyRestart();
        Map<String, String> attached = new HashMap<>(PENDING);
        attached.put("CertificatePhase", "attached");
        cloudFormation.nextChanges.add(List.of(FakeCloudFormation.of(FakeCloudFormation.change("Modify", "Service",
                "AWS::Lightsail::Container").replacement("False"))));
        cloudFormation.nextOutcomes.add(new FakeCloudFormation.Outcome("UPDATE_COMPLETE", List.of(
                FakeCloudFormation.event("e2", "Service", "UPDATE_COMPLETE", null)), attached));
    }

    /** Stored provider keys roll out a new reader key (a new container deployment) so the gateway reads them. */
    private void scriptKeyRestart() {
        cloudFormation.nextChanges.add(List.of(FakeCloudFormation.of(FakeCloudFormation.change("Modify", "Service",
                "AWS::Lightsail::Container").replacement("False"))));
        cloudFormation.nextOutcomes.add(new FakeCloudFormation.Outcome("UPDATE_COMPLETE", List.of(
                FakeCloudFormation.event("e1b", "Service", "UPDATE_COMPLETE", null)), PENDING));
    }

    @Test
    void deploy_freshStack_certificateThenDomainThenRunningThenVerifiesServiceUrlAndDomain() throws Exception {
        scriptTwoPhases();
        lightsail.serviceCertificateStatuses.addAll(List.of("PENDING_VALIDATION", "ISSUED"));
        lightsail.services.addAll(List.of(service("DEPLOYING", "ACTIVATING", ENV_VALUE),
                service("RUNNING", "ACTIVE", ENV_VALUE)));

        DeployResult result = deployer().deploy(blueprint, config(Optional.of(stdin("anthropic=" + KEY + "\n")), false));

        assertEquals(DeployPhase.VERIFIED, result.phase());
        assertEquals(Optional.of(1), result.verifyExit(), "the worst verify outcome decides");
        assertEquals(List.of(Map.of("bulwark:certificateValidated", "false", "bulwark:readerKeySerial", "1"),
                Map.of("bulwark:certificateValidated", "false", "bulwark:readerKeySerial", "2",
                        "bulwark:readerKeyRetiring", "1"),
                Map.of("bulwark:certificateValidated", "true", "bulwark:readerKeySerial", "2",
                        "bulwark:readerKeyRetiring", "1"),
                Map.of("bulwark:certificateValidated", "true", "bulwark:readerKeySerial", "2")), contexts,
                "stored keys restart the gateway through a new reader key before the domain is attached");
        assertTrue(console.text().contains("Provider keys changed: rotating the reader key (serial 2)"), console::text);
        assertEquals(List.of("https://openclaw-cs.abc123.us-east-1.cs.amazonlightsail.com null",
                "https://agent.example.com null"), verified);
        String text = console.text();
        assertTrue(text.contains("_cs1.agent.example.com.  CNAME  _cs2.acm-validations.aws."), text);
        assertTrue(text.contains("agent.example.com  CNAME  openclaw-cs.abc123.us-east-1.cs.amazonlightsail.com"), text);
        assertTrue(text.contains("service DEPLOYING, deployment 3 ACTIVATING"), text);
        assertTrue(lightsail.calls.contains("GetCertificates (count)"), "a new stack counts certificates first");
        assertFalse(text.contains(KEY), "the key is never printed");
        assertTrue(secretsManager.values.get("openclaw-cs/anthropic-api-key").contains(KEY));
        DeployState state = DeployStateFile.forBlueprint(dir, "openclaw-cs").read().orElseThrow();
        assertEquals(Optional.of("https://openclaw-cs.abc123.us-east-1.cs.amazonlightsail.com"), state.serviceUrl());
        String stateText = Files.readString(DeployStateFile.forBlueprint(dir, "openclaw-cs").path());
        assertFalse(stateText.contains(KEY) || stateText.contains(ENV_VALUE), stateText);
        assertFalse(lightsail.calls.stream().anyMatch(c -> c.contains("Port") || c.contains("KeyPair")),
                lightsail.calls.toString());
    }

    @Test
    void deploy_placeholderImage_usageErrorPointingToImageContextBeforeAnyAwsCall() throws Exception {
        Blueprint sample = blueprint("0");

        DeployException e = assertThrows(DeployException.class,
                () -> deployer().deploy(sample, config(Optional.empty(), false)));

        assertEquals(DeployException.Kind.USAGE, e.kind());
        assertTrue(e.getMessage().contains("placeholder digest") && e.getMessage().contains("bulwark image-context")
                && e.getMessage().contains("docs/containers.md"), e.getMessage());
        assertTrue(cloudFormation.calls.isEmpty() && lightsail.calls.isEmpty());
    }

    @Test
    void deploy_powerNotOffered_usageErrorNamingPowers() {
        lightsail.powers = List.of("nano", "micro");

        DeployException e = assertThrows(DeployException.class,
                () -> deployer().deploy(blueprint, config(Optional.empty(), false)));

        assertEquals(DeployException.Kind.USAGE, e.kind());
        assertTrue(e.getMessage().contains("container power 'small' is not offered") && e.getMessage()
                .contains("micro, nano"), e.getMessage());
    }

    @Test
    void deploy_newStackWithCertificateQuotaFull_environmentErrorBeforeAnyChange() {
        lightsail.otherCertificates = 10;

        DeployException e = assertThrows(DeployException.class,
                () -> deployer().deploy(blueprint, config(Optional.empty(), false)));

        assertEquals(DeployException.Kind.ENVIRONMENT, e.kind());
        assertTrue(e.getMessage().contains("already holds 10 Lightsail certificates")
                && e.getMessage().contains("aws lightsail delete-certificate"), e.getMessage());
        assertFalse(cloudFormation.calls.stream().anyMatch(c -> c.startsWith("CreateChangeSet")));
    }

    @Test
    void deploy_certificateStillPending_stopsResumably() {
        scriptTwoPhases();
        lightsail.lastServiceCertificateStatus = "PENDING_VALIDATION";
        DeployConfig config = new DeployConfig(dir.resolve("cdk.out"), dir, true,
                Optional.of(stdin("anthropic=" + KEY + "\n")), Duration.ZERO, Duration.ofMinutes(30), true,
                Severity.HIGH, Optional.empty(), Optional.empty(), false);

        DeployResult result = deployer().deploy(blueprint, config);

        assertTrue(result.pending());
        assertEquals(2, contexts.size(), "phase 1 and the key restart ran; phase 2 waits for the certificate");
        assertEquals(DeployPhase.CERTIFICATE_PENDING,
                DeployStateFile.forBlueprint(dir, "openclaw-cs").read().orElseThrow().phase());
    }

    @Test
    void deploy_stateFileLost_keepsTheStacksOwnReaderKeySerial() throws Exception {
        Map<String, String> attached = new HashMap<>(PENDING);
        attached.put("CertificatePhase", "attached");
        attached.put("GatewayReaderKeySerial", "7");
        cloudFormation.stack = software.amazon.awssdk.services.cloudformation.model.Stack.builder()
                .stackName("bulwark-openclaw-cs").stackId(FakeCloudFormation.STACK_ID).stackStatus("CREATE_COMPLETE")
                .outputs(attached.entrySet().stream().map(e -> software.amazon.awssdk.services.cloudformation.model
                        .Output.builder().outputKey(e.getKey()).outputValue(e.getValue()).build()).toList()).build();
        cloudFormation.nextChanges.add(List.of());
        secretsManager.values.put("openclaw-cs/anthropic-api-key", "{\"apiKey\":\"stored-earlier\"}");
        lightsail.services.add(service("RUNNING", "ACTIVE", ENV_VALUE));

        deployer().deploy(blueprint, config(Optional.empty(), false));

        assertEquals(List.of(Map.of("bulwark:certificateValidated", "true", "bulwark:readerKeySerial", "7")), contexts,
                "serial 1 would roll out yet another key");
    }

    @Test
    void deploy_rotateReaderKey_raisesSerialInContextAndStateFile() throws Exception {
        Map<String, String> attached = new HashMap<>(PENDING);
        attached.put("CertificatePhase", "attached");
        cloudFormation.stack = software.amazon.awssdk.services.cloudformation.model.Stack.builder()
                .stackName("bulwark-openclaw-cs").stackId(FakeCloudFormation.STACK_ID).stackStatus("CREATE_COMPLETE")
                .outputs(attached.entrySet().stream().map(e -> software.amazon.awssdk.services.cloudformation.model
                        .Output.builder().outputKey(e.getKey()).outputValue(e.getValue()).build()).toList()).build();
        DeployStateFile.forBlueprint(dir, "openclaw-cs").write(new DeployState("bulwark-openclaw-cs",
                DeployPhase.VERIFIED, Instant.parse("2029-12-01T00:00:00Z"), Optional.of(0)).withReaderKeySerial(4));
        cloudFormation.nextChanges.add(List.of(FakeCloudFormation.of(FakeCloudFormation.change("Modify",
                "ReaderKey", "AWS::IAM::AccessKey").replacement("True"))));
        cloudFormation.nextOutcomes.add(new FakeCloudFormation.Outcome("UPDATE_COMPLETE", List.of(
                FakeCloudFormation.event("r1", "ReaderKey", "UPDATE_COMPLETE", null)), attached));
        secretsManager.values.put("openclaw-cs/anthropic-api-key", "{\"apiKey\":\"stored-earlier\"}");
        lightsail.services.add(service("RUNNING", "ACTIVE", ENV_VALUE));

        deployer().deploy(blueprint, config(Optional.empty(), true));

        assertEquals(List.of(Map.of("bulwark:certificateValidated", "true", "bulwark:readerKeySerial", "5",
                "bulwark:readerKeyRetiring", "4"), Map.of("bulwark:certificateValidated", "true",
                "bulwark:readerKeySerial", "5")), contexts, "the old key is deleted only after the service runs the new");
        assertTrue(console.text().contains("deleting the previous key (serial 4)"), console.text());
        assertEquals(5, DeployStateFile.forBlueprint(dir, "openclaw-cs").read().orElseThrow().readerKeySerial());
        assertTrue(console.text().contains("serial 4 -> 5"), console.text());
    }

    /** Issue 16 item 5: a rotation whose new deployment FAILED keeps the old key (no retiring update at all). */
    @Test
    void deploy_rotationWhoseDeploymentFailed_keepsThePreviousKey() throws Exception {
        Map<String, String> attached = new HashMap<>(PENDING);
        attached.put("CertificatePhase", "attached");
        cloudFormation.stack = software.amazon.awssdk.services.cloudformation.model.Stack.builder()
                .stackName("bulwark-openclaw-cs").stackId(FakeCloudFormation.STACK_ID).stackStatus("CREATE_COMPLETE")
                .outputs(attached.entrySet().stream().map(e -> software.amazon.awssdk.services.cloudformation.model
                        .Output.builder().outputKey(e.getKey()).outputValue(e.getValue()).build()).toList()).build();
        cloudFormation.nextChanges.add(List.of(FakeCloudFormation.of(FakeCloudFormation.change("Add",
                "ReaderAccessKey2", "AWS::IAM::AccessKey"))));
        cloudFormation.nextOutcomes.add(new FakeCloudFormation.Outcome("UPDATE_COMPLETE", List.of(
                FakeCloudFormation.event("r1", "ReaderAccessKey2", "CREATE_COMPLETE", null)), attached));
        secretsManager.values.put("openclaw-cs/anthropic-api-key", "{\"apiKey\":\"stored-earlier\"}");
        lightsail.services.add(service("RUNNING", "ACTIVE", ENV_VALUE));
        lightsail.otherDeployments.add(ContainerServiceDeployment.builder().version(4).state("FAILED").build());

        assertThrows(DeployException.class, () -> deployer().deploy(blueprint, config(Optional.empty(), true)));

        assertEquals(List.of(Map.of("bulwark:certificateValidated", "true", "bulwark:readerKeySerial", "2",
                "bulwark:readerKeyRetiring", "1")), contexts, "no synthesis without the old key");
    }

    @Test
    void deploy_failedContainerDeployment_namesTheLogCommand() {
        scriptTwoPhases();
        lightsail.lastServiceCertificateStatus = "ISSUED";
        secretsManager.values.put("openclaw-cs/anthropic-api-key", "{\"apiKey\":\"stored-earlier\"}");
        lightsail.services.add(service("RUNNING", "FAILED", ENV_VALUE));

        DeployException e = assertThrows(DeployException.class,
                () -> deployer().deploy(blueprint, config(Optional.empty(), false)));

        assertEquals(DeployException.Kind.ENVIRONMENT, e.kind());
        assertTrue(e.getMessage().contains("FAILED") && e.getMessage().contains(
                "aws lightsail get-container-log --service-name openclaw-cs --container-name gateway"), e.getMessage());
    }

    /**
     * Issue 16 item 5: the container handler calls RUNNING stable, so the stack ends UPDATE_COMPLETE while the new
     * deployment FAILED and Lightsail keeps serving the previous one (current ACTIVE, no next). Only the
     * deployment list shows it.
     */
    @Test
    void deploy_newDeploymentFailedButServiceRunsTheOldOne_failsLoudly() {
        scriptTwoPhases();
        lightsail.lastServiceCertificateStatus = "ISSUED";
        secretsManager.values.put("openclaw-cs/anthropic-api-key", "{\"apiKey\":\"stored-earlier\"}");
        lightsail.services.add(service("RUNNING", "ACTIVE", ENV_VALUE));
        lightsail.otherDeployments.add(ContainerServiceDeployment.builder().version(4).state("FAILED").build());

        DeployException e = assertThrows(DeployException.class,
                () -> deployer().deploy(blueprint, config(Optional.empty(), false)));

        assertTrue(e.getMessage().contains("deployment 4 of container service openclaw-cs FAILED although"
                + " CloudFormation completed") && e.getMessage().contains("still serving deployment 3"), e.getMessage());
        assertTrue(verified.isEmpty(), "nothing verified as if it ran");
    }

    @Test
    void deploy_sshFromInContainerMode_usageError() {
        DeployConfig config = new DeployConfig(dir.resolve("cdk.out"), dir, true, Optional.empty(),
                Duration.ZERO, Duration.ofMinutes(30), true, Severity.HIGH, Optional.of("198.51.100.7"));

        DeployException e = assertThrows(DeployException.class, () -> deployer().deploy(blueprint, config));

        assertTrue(e.getMessage().contains("--ssh-from does not apply to container mode"), e.getMessage());
    }

    @Test
    void status_envValuesNeverPrinted_namesShownAndCredentialLookingNameFlagged() throws Exception {
        cloudFormation.stack = software.amazon.awssdk.services.cloudformation.model.Stack.builder()
                .stackName("bulwark-openclaw-cs").stackId(FakeCloudFormation.STACK_ID).stackStatus("CREATE_COMPLETE")
                .outputs(PENDING.entrySet().stream().map(e -> software.amazon.awssdk.services.cloudformation.model
                        .Output.builder().outputKey(e.getKey()).outputValue(e.getValue()).build()).toList()).build();
        ContainerService leaky = service("RUNNING", "ACTIVE", ENV_VALUE);
        Map<String, Container> containers = new HashMap<>(leaky.currentDeployment().containers());
        Map<String, String> env = new HashMap<>(containers.get("gateway").environment());
        env.put("OPENAI_API_KEY", ENV_VALUE);
        containers.put("gateway", containers.get("gateway").toBuilder().environment(env).build());
        lightsail.services.add(leaky.toBuilder().currentDeployment(leaky.currentDeployment().toBuilder()
                .containers(containers).build()).build());
        lightsail.lastServiceCertificateStatus = "ISSUED";

        ContainerStatusReport report = new ContainerStatusReader(aws(), Clock.systemUTC()).read(blueprint, dir);
        String text = String.join("\n", report.render());
        String json = report.toJson();

        for (String out : List.of(text, json)) {
            assertFalse(out.contains(ENV_VALUE), out);
            assertTrue(out.contains("AWS_ACCESS_KEY_ID") && out.contains("OPENAI_API_KEY"), out);
        }
        assertTrue(text.contains("Container service openclaw-cs: RUNNING, small x 1"), text);
        assertTrue(text.contains("18789/HTTP") && text.contains("version 3 ACTIVE"), text);
        assertEquals(1, report.warnings().size(), report.warnings().toString());
        assertTrue(report.warnings().get(0).contains("OPENAI_API_KEY"));
        assertTrue(text.contains("Reader key serial: 1"), text);
        assertTrue(text.contains("Certificate: openclaw-cs-cert ISSUED, phase pending"), text);
        new ObjectMapper().readTree(json); // well-formed
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            awaiting-grant | Private ECR pull access: awaiting-grant (no deployment yet: run `bulwark deploy` again
            granted        | Private ECR pull access: granted
            not-needed     | -
            """)
    void status_registryAccessOutput_saidForPrivateEcrOnly(String output, String line) throws Exception {
        Map<String, String> outputs = new HashMap<>(PENDING);
        outputs.put("RegistryAccess", output);
        cloudFormation.stack = software.amazon.awssdk.services.cloudformation.model.Stack.builder()
                .stackName("bulwark-openclaw-cs").stackId(FakeCloudFormation.STACK_ID).stackStatus("CREATE_COMPLETE")
                .outputs(outputs.entrySet().stream().map(e -> software.amazon.awssdk.services.cloudformation.model
                        .Output.builder().outputKey(e.getKey()).outputValue(e.getValue()).build()).toList()).build();
        lightsail.services.add(service("RUNNING", "ACTIVE", ENV_VALUE));
        lightsail.lastServiceCertificateStatus = "ISSUED";

        ContainerStatusReport report = new ContainerStatusReader(aws(), Clock.systemUTC()).read(blueprint, dir);
        String text = String.join("\n", report.render());

        assertEquals(!"-".equals(line), text.contains("Private ECR pull access"), text);
        if (!"-".equals(line)) {
            assertTrue(text.contains(line), text);
        }
        assertEquals(output, new ObjectMapper().readTree(report.toJson()).path("registryAccess").asText());
    }

    @Test
    void destroy_container_noSnapshotSaidAndNoneTaken_stackDeletedSecretsScheduled() {
        cloudFormation.stack = software.amazon.awssdk.services.cloudformation.model.Stack.builder()
                .stackName("bulwark-openclaw-cs").stackId(FakeCloudFormation.STACK_ID).stackStatus("CREATE_COMPLETE")
                .outputs(List.of()).build();

        Optional<List<String>> remains = new Destroyer(aws(), console, Clock.systemUTC(), Sleeper.none(),
                Duration.ofSeconds(1)).destroy(blueprint, new DestroyConfig(true, true, 7, dir, Duration.ofMinutes(5)));

        assertTrue(console.text().contains("Container services have no snapshots; nothing is kept."), console.text());
        assertFalse(lightsail.calls.stream().anyMatch(c -> c.contains("Snapshot") || c.contains("KeyPair")),
                lightsail.calls.toString());
        assertTrue(cloudFormation.calls.contains("DeleteStack"));
        assertEquals(List.of("openclaw-cs/anthropic-api-key 7"), secretsManager.deletions);
        assertTrue(remains.orElseThrow().stream().anyMatch(r -> r.contains("container service")), remains.toString());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"OPENAI_API_KEY,true", "GATEWAY_TOKEN,true", "DB_PASSWORD,true",
            "AWS_ACCESS_KEY_ID,false", "AWS_SECRET_ACCESS_KEY,false", "GATEWAY_TOKEN_SECRET_ARN,false",
            "PROVIDER_SECRET_NAME,false", "NODE_ENV,false", "OPENCLAW_PORT,false"})
    void looksLikeCredential_table(String name, boolean flagged) {
        assertEquals(flagged, ContainerStatusReport.looksLikeCredential(name), name);
    }
}
