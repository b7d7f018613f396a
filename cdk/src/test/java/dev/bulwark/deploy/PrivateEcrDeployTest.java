package dev.bulwark.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintLoader;
import dev.bulwark.cdk.container.ContainerStack;
import dev.bulwark.cdk.synth.StackContext;
import dev.bulwark.deploy.aws.AwsClients;
import dev.bulwark.deploy.secrets.SecretSource;
import dev.bulwark.deploy.state.DeployPhase;
import dev.bulwark.findings.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;

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
 * Issue 16 item 4 at the AWS control plane, which has no real counterpart here: CloudFormation, Lightsail and ECR
 * are test doubles of the SDK client interfaces, and {@link ContainerHandlerDouble} does to the Lightsail double
 * what CloudFormation's container handler does (create without private registry access, update creating the
 * deployment before turning the puller role on). The templates are the real container stack, synthesized in
 * this JVM for each context deploy asks for. A deployment whose private image the service may not pull FAILS.
 */
class PrivateEcrDeployTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "sk-ant-api03-PRIVATE-ECR-TEST-KEY-VALUE";
    private static final String IMAGE = "123456789012.dkr.ecr.us-east-1.amazonaws.com/gateway@sha256:"
            + "b".repeat(64);
    private static final String FOREIGN = "{\"Sid\":\"CiPush\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
            + "\"arn:aws:iam::123456789012:role/ci\"},\"Action\":[\"ecr:PutImage\",\"ecr:UploadLayerPart\"]}";
    private static final WaiterOverrideConfiguration NO_WAIT = ContainerDeployTest.NO_WAIT;
    private static final Map<String, String> PENDING = ContainerDeployTest.PENDING;

    @TempDir
    Path dir;

    private final FakeCloudFormation cloudFormation = new FakeCloudFormation();
    private final FakeLightsail lightsail = new FakeLightsail();
    private final FakeEcr ecr = new FakeEcr(lightsail.calls, "gateway");
    private final FakeSecretsManager secretsManager = new FakeSecretsManager();
    private final RecordingConsole console = new RecordingConsole();
    private final List<Map<String, String>> contexts = new ArrayList<>();
    private Blueprint blueprint;

    @BeforeEach
    void setUp() throws Exception {
        blueprint = blueprint(IMAGE);
        cloudFormation.onExecute = new ContainerHandlerDouble(lightsail);
        lightsail.canPull = ecr::allowsPull;
        lightsail.lastServiceCertificateStatus = "ISSUED";
        ecr.policies.put("gateway", "{\"Version\":\"2012-10-17\",\"Statement\":[" + FOREIGN + "]}");
    }

    private Blueprint blueprint(String gatewayImage) throws Exception {
        String yaml = Files.readString(Path.of("../blueprints/openclaw-container.yaml")).replace("0".repeat(64),
                "a".repeat(64));
        String gateway = yaml.lines().filter(l -> l.contains("ghcr.io/example/openclaw-gateway")).findFirst()
                .orElseThrow();
        Path file = Files.writeString(dir.resolve("ecr.yaml"), yaml.replace(gateway,
                gateway.substring(0, gateway.indexOf("ghcr.io")) + gatewayImage));
        return new BlueprintLoader().load(file);
    }

    /** The real container stack, synthesized in this JVM with the context deploy gives. */
    private SynthesizedStack synth(Blueprint bp, StackContext context, Path out) {
        contexts.add(new HashMap<>(context.asCdkContext()));
        App app = new App(AppProps.builder().outdir(out.resolve("synth-" + contexts.size()).toString())
                .context(new HashMap<>(context.asCdkContext())).build());
        ContainerStack stack = ContainerStack.forBlueprint(app, bp);
        JsonNode template = JSON.valueToTree(Template.fromStack(stack).toJSON());
        return new SynthesizedStack(stack.getStackName(), template.toString(), template, List.of());
    }

    private Deployer deployer() {
        return new Deployer(new AwsClients(cloudFormation, lightsail, secretsManager, new FakeSts(),
                new FakeRoute53(), ecr), console, Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC),
                Sleeper.none(), () -> { }, this::synth, (bp, endpoints) -> 0, NO_WAIT, Duration.ofSeconds(10),
                (target, credentials) -> {
                    throw new AssertionError("container mode never delivers to a host");
                });
    }

    private DeployConfig config(boolean withKey) {
        Optional<SecretSource> secrets = withKey ? Optional.of(SecretSource.stdin(new ByteArrayInputStream(
                ("anthropic=" + KEY + "\n").getBytes(StandardCharsets.UTF_8)))) : Optional.empty();
        return new DeployConfig(dir.resolve("cdk.out"), dir, true, secrets, Duration.ofMinutes(5),
                Duration.ofMinutes(30), true, Severity.HIGH, Optional.empty(), Optional.empty(), false);
    }

    /** Phase A, the grant, phase B, then the certificate: three change sets, each a change the handler applies. */
    private void scriptFreshStack() {
        Map<String, String> attached = new HashMap<>(PENDING);
        attached.put("CertificatePhase", "attached");
        for (Map<String, String> outputs : List.of(PENDING, PENDING, attached)) {
            cloudFormation.nextChanges.add(List.of(FakeCloudFormation.of(FakeCloudFormation.change(
                    cloudFormation.nextChanges.isEmpty() ? "Add" : "Modify", "GatewayService",
                    "AWS::Lightsail::Container"))));
            cloudFormation.nextOutcomes.add(new FakeCloudFormation.Outcome(cloudFormation.nextOutcomes.isEmpty()
                    ? "CREATE_COMPLETE" : "UPDATE_COMPLETE", List.of(), outputs));
        }
    }

    @Test
    void deploy_freshStackPrivateEcr_pullerActiveAndPolicyGrantedBeforeTheFirstDeployment() throws Exception {
        scriptFreshStack();

        DeployResult result = deployer().deploy(blueprint, config(true));

        assertEquals(DeployPhase.VERIFIED, result.phase());
        List<String> timeline = lightsail.calls;
        assertTrue(timeline.contains("CreateContainerService openclaw-cs"), "created without private registry"
                + " access, as the handler does: " + timeline);
        int roleOn = timeline.indexOf("UpdateContainerService openclaw-cs pullerRole=true");
        int granted = timeline.indexOf("SetRepositoryPolicy gateway");
        int deployed = timeline.indexOf("CreateContainerServiceDeployment openclaw-cs");
        assertTrue(roleOn >= 0 && roleOn < granted && granted < deployed, "role, then grant, then the first"
                + " deployment: " + timeline);
        assertEquals(List.of("Deployment 1 ACTIVE"), timeline.stream().filter(c -> c.startsWith("Deployment"))
                .toList(), "one deployment, and it pulled: stored keys need no reader key rotation before it");
        assertEquals(List.of(Map.of("bulwark:certificateValidated", "false", "bulwark:readerKeySerial", "1"),
                Map.of("bulwark:certificateValidated", "false", "bulwark:readerKeySerial", "1",
                        "bulwark:registryAccessGranted", "true"),
                Map.of("bulwark:certificateValidated", "true", "bulwark:readerKeySerial", "1",
                        "bulwark:registryAccessGranted", "true")), contexts);

        JsonNode statements = JSON.readTree(ecr.policies.get("gateway")).path("Statement");
        assertEquals(JSON.readTree(FOREIGN), statements.get(0), "the owner's statement is kept as it was");
        assertEquals("BulwarkLightsailPull-openclaw-cs", statements.get(1).path("Sid").asText());
        assertEquals(lightsail.live.toService().privateRegistryAccess().ecrImagePullerRole().principalArn(),
                statements.get(1).path("Principal").path("AWS").asText());
        String text = console.text();
        assertTrue(text.contains("first the container service with its ECR image puller role and no deployment"),
                text);
        assertTrue(text.contains("Image puller role active: arn:aws:iam::123456789012:role/amazon/lightsail/"), text);
        assertTrue(text.contains("Repository gateway: granted the service pull"), text);
        assertTrue(text.contains("Adding the container deployment"), text);
        assertFalse(text.contains(KEY));
    }

    @Test
    void deploy_rerunAfterPrivateEcrDeploy_grantCheckedNothingChanged() throws Exception {
        scriptFreshStack();
        deployer().deploy(blueprint, config(true));
        String policy = ecr.policies.get("gateway");
        lightsail.calls.clear();
        contexts.clear();

        DeployResult again = deployer().deploy(blueprint, config(false));

        assertEquals(DeployPhase.VERIFIED, again.phase());
        assertEquals(List.of(Map.of("bulwark:certificateValidated", "true", "bulwark:readerKeySerial", "1",
                "bulwark:registryAccessGranted", "true")), contexts, "the deployment stays in the template");
        assertTrue(lightsail.calls.contains("GetRepositoryPolicy gateway"), lightsail.calls::toString);
        assertFalse(lightsail.calls.contains("SetRepositoryPolicy gateway"), lightsail.calls::toString);
        assertEquals(policy, ecr.policies.get("gateway"));
        assertEquals(1, lightsail.live.deployments.size());
        assertTrue(console.text().contains("Repository gateway: its policy already lets the service pull"),
                console::text);
    }

    /** Why the phases: with role and deployment in one template, the handler deploys before the role exists. */
    @Test
    void handlerDouble_oneTemplateWithRoleAndDeployment_firstDeploymentCannotPull() {
        lightsail.canPull = (principal, repository) -> true; // even a repository open to every principal

        new ContainerHandlerDouble(lightsail).accept(synth(blueprint, StackContext.FIRST_DEPLOY
                .withRegistryAccessGranted(true), dir).templateBody());

        assertEquals(List.of("CreateContainerService openclaw-cs", "CreateContainerServiceDeployment openclaw-cs",
                "Deployment 1 FAILED: cannot pull " + IMAGE, "UpdateContainerService openclaw-cs pullerRole=true"),
                lightsail.calls);
    }

    @Test
    void deploy_repositoryPolicyCannotBeSet_exit3WithTheStatementAndNoDeployment() {
        scriptFreshStack();
        ecr.denySetWith = "AccessDeniedException";

        DeployException e = assertThrows(DeployException.class, () -> deployer().deploy(blueprint, config(true)));

        assertEquals(DeployException.Kind.ENVIRONMENT, e.kind());
        assertTrue(e.getMessage().contains("setting the repository policy of gateway (account 123456789012,"
                + " us-east-1)") && e.getMessage().contains("\"Sid\":\"BulwarkLightsailPull-openclaw-cs\"")
                && e.getMessage().contains("run deploy again"), e.getMessage());
        assertTrue(lightsail.createdDeployments.isEmpty(), "nothing may try to pull before the grant");
        assertEquals(1, contexts.size(), "phase B is never synthesized");
    }

    @Test
    void deploy_imageInAnotherAccount_exit3BeforeAnyChange() throws Exception {
        Blueprint foreign = blueprint(IMAGE.replace("123456789012", "210987654321"));

        DeployException e = assertThrows(DeployException.class, () -> deployer().deploy(foreign, config(false)));

        assertEquals(DeployException.Kind.ENVIRONMENT, e.kind());
        assertTrue(e.getMessage().contains("only from its own account"), e.getMessage());
        assertFalse(cloudFormation.calls.stream().anyMatch(c -> c.startsWith("CreateChangeSet")));
    }

    @Test
    void deploy_imageInAnotherRegion_usageErrorBeforeAnyAwsCall() throws Exception {
        Blueprint elsewhere = blueprint(IMAGE.replace("us-east-1", "eu-west-1"));

        DeployException e = assertThrows(DeployException.class, () -> deployer().deploy(elsewhere, config(false)));

        assertEquals(DeployException.Kind.USAGE, e.kind());
        assertTrue(e.getMessage().contains("only from its own region"), e.getMessage());
        assertTrue(cloudFormation.calls.isEmpty() && lightsail.calls.isEmpty(), "refused offline");
    }
}
