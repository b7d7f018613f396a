package dev.bulwark.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.cli.Main;
import dev.bulwark.cli.deploy.DeployEnvironment;
import dev.bulwark.cli.deploy.TerminalConsole;
import dev.bulwark.cli.rotate.RotateCommand;
import dev.bulwark.deploy.FakeRoute53;
import dev.bulwark.deploy.FakeSts;
import dev.bulwark.deploy.Sleeper;
import dev.bulwark.deploy.aws.AwsClients;
import dev.bulwark.deploy.rotate.GatewayTokenProof;
import dev.bulwark.secret.Secret;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksResponse;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.lightsail.model.Container;
import software.amazon.awssdk.services.lightsail.model.ContainerService;
import software.amazon.awssdk.services.lightsail.model.CreateContainerServiceDeploymentRequest;
import software.amazon.awssdk.services.lightsail.model.CreateContainerServiceDeploymentResponse;
import software.amazon.awssdk.services.lightsail.model.GetContainerServiceDeploymentsRequest;
import software.amazon.awssdk.services.lightsail.model.GetContainerServiceDeploymentsResponse;
import software.amazon.awssdk.services.lightsail.model.GetContainerServicesRequest;
import software.amazon.awssdk.services.lightsail.model.GetContainerServicesResponse;

/**
 * {@code bulwark rotate} end to end through {@code Main.run}, container mode, against the real OpenClaw gateway on
 * loopback: the new deployment Lightsail would start is the real gateway restarted with the secret's current value
 * (as the container's entrypoint reads it at start). CloudFormation, Lightsail's control plane, Secrets Manager and
 * STS are stand-ins at the SDK seam (no real counterpart here); the proof is the real in-process token probe, sent
 * to the gateway's loopback address instead of the blueprint's domain. Every output (stdout, stderr) is scanned for
 * both token values.
 */
class RotateCommandIT {
    private GatewayRestarts gateways;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private OpenClawGateway gateway;
    private SecretStages secrets;
    private Path blueprint;
    /** Whether a new deployment restarts the gateway (false: a deployment that never took the new value). */
    private boolean restartOnDeploy = true;
    private int deployments;

    @TempDir
    Path dir;

    @BeforeEach
    void deployed() throws Exception {
        gateways = new GatewayRestarts();
        gateway = gateways.start();
        secrets = new SecretStages(gateway.token().reveal());
        String yaml = Files.readString(Path.of("../blueprints/openclaw-container.yaml"));
        blueprint = Files.writeString(dir.resolve("container.yaml"), yaml.replace("0".repeat(64), "a".repeat(64)));
    }

    @AfterEach
    void stop() {
        gateways.close();
    }

    @Test
    void rotate_container_newDeploymentRestartsGateway_exit0ProvenNoTokenInOutput() {
        String old = secrets.current;

        int exit = run(blueprint.toString(), "--yes");

        assertEquals(0, exit, err.toString() + out);
        assertNotEquals(old, secrets.current);
        assertEquals(Secret.of(secrets.current), gateway.token());
        assertEquals(1, deployments);
        assertTrue(out.toString().contains("new gateway token is accepted and the old one refused"), out.toString());
        for (String step : List.of("Creating a new version", "Delivering", "Waiting for", "proving")) {
            assertTrue(err.toString().contains(step), step + " in " + err);
        }
        assertNoToken(old, secrets.current);
    }

    @Test
    void rotate_deploymentKeepsOldToken_exit1FindingsAndRollbackCommandThenRollbackExit0() {
        restartOnDeploy = false;
        String old = secrets.current;

        int exit = run(blueprint.toString(), "--yes");

        assertEquals(1, exit, err.toString() + out);
        String rotated = secrets.current;
        assertTrue(out.toString().contains("GATEWAY_STALE_TOKEN_ACCEPTED"), out.toString());
        assertTrue(out.toString().contains("GATEWAY_CURRENT_TOKEN_REFUSED"), out.toString());
        assertTrue(out.toString().contains("bulwark rotate " + blueprint + " --rollback --yes"), out.toString());

        restartOnDeploy = true;
        int back = run(blueprint.toString(), "--rollback", "--yes");

        assertEquals(0, back, err.toString() + out);
        assertEquals(old, secrets.current);
        assertEquals(Secret.of(old), gateway.token());
        assertNoToken(old, rotated);
    }

    @Test
    void rotate_noYesWithoutTerminal_exit2NothingChanged() {
        String old = secrets.current;

        int exit = run(blueprint.toString());

        assertEquals(2, exit, err.toString());
        assertTrue(err.toString().contains("pass --yes"), err.toString());
        assertEquals(old, secrets.current);
        assertEquals(0, deployments);
    }

    private void assertNoToken(String... tokens) {
        for (String token : tokens) {
            assertFalse(out.toString().contains(token), "a token value in stdout");
            assertFalse(err.toString().contains(token), "a token value in stderr");
        }
    }

    private int run(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "rotate";
        System.arraycopy(args, 0, full, 1, args.length);
        DeployEnvironment environment = new DeployEnvironment(settings -> aws(),
                writer -> new TerminalConsole(writer, new java.io.BufferedReader(new java.io.StringReader("")), false),
                new ByteArrayInputStream(new byte[0]), Map.of());
        int port = gateway.port();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> type) throws Exception {
                if (type == RotateCommand.class) {
                    return (K) new RotateCommand(environment, (target, credentials) -> {
                        throw new AssertionError("container mode never delivers over SSH");
                    }, (url, ready) -> new GatewayTokenProof(URI.create("http://127.0.0.1:" + port + "/"),
                            Duration.ofSeconds(180), Optional.empty(), Sleeper.system()));
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
        return Main.run(full, new PrintWriter(out, true), new PrintWriter(err, true), factory);
    }

    private AwsClients aws() {
        CloudFormationClient cloudFormation = new CloudFormationClient() {
            @Override
            public DescribeStacksResponse describeStacks(DescribeStacksRequest request) {
                return DescribeStacksResponse.builder().stacks(Stack.builder().stackName(request.stackName())
                        .stackStatus("UPDATE_COMPLETE").outputs(Output.builder().outputKey("ServiceName")
                                .outputValue("openclaw-cs").build()).build()).build();
            }

            @Override
            public String serviceName() {
                return "cloudformation";
            }

            @Override
            public void close() {
            }
        };
        LightsailClient lightsail = new LightsailClient() {
            @Override
            public GetContainerServicesResponse getContainerServices(GetContainerServicesRequest request) {
                return GetContainerServicesResponse.builder().containerServices(service()).build();
            }

            @Override
            public GetContainerServiceDeploymentsResponse getContainerServiceDeployments(
                    GetContainerServiceDeploymentsRequest request) {
                return GetContainerServiceDeploymentsResponse.builder()
                        .deployments(service().currentDeployment()).build();
            }

            @Override
            public CreateContainerServiceDeploymentResponse createContainerServiceDeployment(
                    CreateContainerServiceDeploymentRequest request) {
                assertEquals(service().currentDeployment().containers(), request.containers());
                deployments++;
                if (restartOnDeploy) { // the container's entrypoint reads AWSCURRENT at start
                    int port = gateway.port();
                    gateway.close();
                    gateway = gateways.start(Secret.of(secrets.current), port);
                }
                return CreateContainerServiceDeploymentResponse.builder().build();
            }

            @Override
            public String serviceName() {
                return "lightsail";
            }

            @Override
            public void close() {
            }
        };
        return new AwsClients(cloudFormation, lightsail, secrets, new FakeSts(), new FakeRoute53());
    }

    /** The service running its newest deployment, numbered by how many deployments were made. */
    private ContainerService service() {
        return ContainerService.builder().containerServiceName("openclaw-cs").state("RUNNING")
                .currentDeployment(d -> d.version(3 + deployments).state("ACTIVE").containers(Map.of("gateway",
                        Container.builder().image("ghcr.io/example/openclaw-gateway@sha256:" + "a".repeat(64))
                                .build())).publicEndpoint(p -> p.containerName("gateway").containerPort(18789)))
                .build();
    }
}
