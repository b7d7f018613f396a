package dev.bulwark.cli.deploy;

import dev.bulwark.cli.Main;
import dev.bulwark.cli.destroy.DestroyCommand;
import dev.bulwark.cli.status.StatusCommand;
import dev.bulwark.deploy.Console;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * deploy, status and destroy through {@code Main.run}: parsing, exit codes and messages. AWS is either the real
 * SDK without any credentials (pointed at a closed loopback port, instance metadata off) or a seam double
 * ({@link AwsSeam}), since the AWS control plane has no real counterpart here.
 */
class DeployCommandsTest {
    /** The public sample: deploy's load balancer and certificate path (the default sample is private). */
    private static final String BLUEPRINT = "../blueprints/openclaw-instance-public.yaml";
    private static final List<String> HERMETIC = List.of("aws.disableEc2Metadata", "aws.configFile",
            "aws.sharedCredentialsFile");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void noAmbientCredentials() {
        // The real credential chain must find nothing and must not ask the EC2 metadata service (no network here).
        System.setProperty("aws.disableEc2Metadata", "true");
        System.setProperty("aws.configFile", "/nonexistent/bulwark-test/config");
        System.setProperty("aws.sharedCredentialsFile", "/nonexistent/bulwark-test/credentials");
    }

    @AfterAll
    static void restore() {
        HERMETIC.forEach(System::clearProperty);
    }

    private static DeployEnvironment seam(boolean interactive) {
        Function<PrintWriter, Console> console = writer -> new TerminalConsole(writer,
                new java.io.BufferedReader(new java.io.StringReader("")), interactive);
        return new DeployEnvironment(settings -> AwsSeam.emptyAccount(), console,
                new ByteArrayInputStream(new byte[0]), Map.of());
    }

    private int run(CommandLine.IFactory factory, String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), factory);
    }

    private static CommandLine.IFactory seamFactory() {
        DeployEnvironment environment = seam(false);
        return new CommandLine.IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> type) throws Exception {
                if (type == DeployCommand.class) {
                    return (K) new DeployCommand(environment, (bp, validated, dir) -> {
                        throw new AssertionError("preflight must stop before synthesis");
                    });
                }
                if (type == StatusCommand.class) {
                    return (K) new StatusCommand(environment);
                }
                if (type == DestroyCommand.class) {
                    return (K) new DestroyCommand(environment);
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"deploy", "status", "destroy"})
    void help_eachCommand_examplesAndExitCodes(String command) {
        int exit = run(CommandLine.defaultFactory(), command, "--help");

        assertEquals(0, exit);
        assertTrue(out.toString().contains("Examples:"), out.toString());
        assertTrue(out.toString().contains("Exit codes:"), out.toString());
        assertTrue(out.toString().contains("--endpoint-url"), out.toString());
    }

    @Test
    void deploy_noCredentials_exit3WithFix() {
        int exit = run(CommandLine.defaultFactory(), "deploy", BLUEPRINT, "--yes", "--no-verify",
                "--profile", "bulwark-test-no-such-profile", "--endpoint-url", "http://127.0.0.1:9");

        assertEquals(3, exit, err.toString());
        assertTrue(err.toString().contains("no AWS credentials found"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace for a user error");
    }

    @Test
    void deploy_bundleNotOffered_exit2NamingBundle() {
        int exit = run(seamFactory(), "deploy", BLUEPRINT, "--yes");

        assertEquals(2, exit, err.toString());
        assertTrue(err.toString().contains("bundle 'medium_3_0' is not offered in us-east-1"), err.toString());
        assertTrue(err.toString().contains("AWS account 123456789012"), err.toString());
    }

    @Test
    void deploy_regionDisagreesWithBlueprint_exit2() {
        int exit = run(seamFactory(), "deploy", BLUEPRINT, "--region", "eu-west-1");

        assertEquals(2, exit);
        assertTrue(err.toString().contains("disagrees with the blueprint's region us-east-1"), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0/0", "198.51.100.0/24", "not-an-address", "300.1.1.1"})
    void deploy_sshFromNotOneAddress_exit2BeforeAnyAwsCall(String address) {
        int exit = run(seamFactory(), "deploy", BLUEPRINT, "--yes", "--ssh-from", address);

        assertEquals(2, exit, err.toString());
        assertTrue(err.toString().contains("is not one IPv4 address"), err.toString());
        assertFalse(err.toString().contains("AWS account"), "refused before preflight");
    }

    @Test
    void deploy_sshFromOutsideTheDeployNetworks_exit2NamingDeployCidrsBeforeAnyAwsCall() {
        int exit = run(seamFactory(), "deploy", BLUEPRINT, "--yes", "--ssh-from", "198.51.100.7");

        assertEquals(2, exit, err.toString());
        assertTrue(err.toString().contains("add your deploy network to admin.deployCidrs in"), err.toString());
        assertFalse(err.toString().contains("AWS account"), "refused before preflight");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://checkip.example/", "checkip.amazonaws.com", "file:///etc/hostname"})
    void deploy_sshFromUrlNotHttp_exit2BeforeAnyAwsCall(String url) {
        int exit = run(seamFactory(), "deploy", BLUEPRINT, "--yes", "--ssh-from-url", url);

        assertEquals(2, exit, err.toString());
        assertTrue(err.toString().contains("is not an http(s) URL"), err.toString());
        assertFalse(err.toString().contains("AWS account"), "refused before preflight");
    }

    @Test
    void status_noStack_exit3SaysNotDeployed() {
        int exit = run(seamFactory(), "status", BLUEPRINT);

        assertEquals(3, exit);
        assertTrue(out.toString().contains("Stack bulwark-openclaw-public: NOT_DEPLOYED"), out.toString());
    }

    @Test
    void destroy_notOnTerminalWithoutYes_exit2AsksForYes() {
        int exit = run(seamFactory(), "destroy", BLUEPRINT);

        assertEquals(2, exit);
        assertTrue(err.toString().contains("pass --yes"), err.toString());
    }

    @Test
    void destroy_recoveryWindowOutOfRange_exit2() {
        int exit = run(seamFactory(), "destroy", BLUEPRINT, "--yes", "--recovery-window-days", "3");

        assertEquals(2, exit);
        assertTrue(err.toString().contains("7 to 30"), err.toString());
    }

    private static final String CONTAINER_SAMPLE = "../blueprints/openclaw-container.yaml";

    /** The container sample with real-looking digests, so it passes the placeholder check. */
    private static String containerBlueprint(java.nio.file.Path dir) throws java.io.IOException {
        String yaml = java.nio.file.Files.readString(java.nio.file.Path.of(CONTAINER_SAMPLE));
        return java.nio.file.Files.writeString(dir.resolve("container.yaml"), yaml.replace("0".repeat(64),
                "b".repeat(64))).toString();
    }

    @Test
    void deploy_containerWithPlaceholderImage_exit2PointingToImageContextBeforeAnyAwsCall() {
        int exit = run(seamFactory(), "deploy", CONTAINER_SAMPLE, "--yes");

        assertEquals(2, exit, err.toString());
        assertTrue(err.toString().contains("placeholder digest") && err.toString().contains("bulwark image-context")
                && err.toString().contains("docs/containers.md"), err.toString());
        assertFalse(err.toString().contains("AWS account"), "refused before preflight");
    }

    @Test
    void deploy_containerNoCredentials_exit3WithFix(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        int exit = run(CommandLine.defaultFactory(), "deploy", containerBlueprint(dir), "--yes", "--no-verify",
                "--profile", "bulwark-test-no-such-profile", "--endpoint-url", "http://127.0.0.1:9");

        assertEquals(3, exit, err.toString());
        assertTrue(err.toString().contains("no AWS credentials found"), err.toString());
    }

    @Test
    void deploy_containerWithSshFrom_exit2() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("bulwark-cli");
        int exit = run(seamFactory(), "deploy", containerBlueprint(dir), "--yes", "--ssh-from", "198.51.100.7");

        assertEquals(2, exit, err.toString());
        assertTrue(err.toString().contains("--ssh-from does not apply to container mode"), err.toString());
    }

    @Test
    void deploy_containerWithReplaceInstance_exit2() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("bulwark-cli");
        int exit = run(seamFactory(), "deploy", containerBlueprint(dir), "--yes", "--replace-instance");

        assertEquals(2, exit, err.toString());
        assertTrue(err.toString().contains("--replace-instance applies to instance mode only"), err.toString());
    }

    @Test
    void deploy_instanceWithRotateReaderKey_exit2() {
        int exit = run(seamFactory(), "deploy", BLUEPRINT, "--yes", "--rotate-reader-key");

        assertEquals(2, exit, err.toString());
        assertTrue(err.toString().contains("--rotate-reader-key applies to container mode only"), err.toString());
    }

    @Test
    void status_containerNoStack_exit3SaysNotDeployed_textAndJson() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("bulwark-cli");
        String file = containerBlueprint(dir);

        assertEquals(3, run(seamFactory(), "status", file));
        assertTrue(out.toString().contains("Stack bulwark-openclaw-cs: NOT_DEPLOYED"), out.toString());
        assertEquals(3, run(seamFactory(), "status", file, "--format", "json"));
        assertTrue(out.toString().contains("\"stackStatus\" : \"NOT_DEPLOYED\""), out.toString());
    }

    @Test
    void status_instanceNoStackAsJson_exit3WithStackStatus() {
        int exit = run(seamFactory(), "status", BLUEPRINT, "--format", "json");

        assertEquals(3, exit, err.toString());
        assertTrue(out.toString().contains("\"stackStatus\" : \"NOT_DEPLOYED\""), out.toString());
    }

    @Test
    void status_unknownFormat_exit2NamingTheChoices() {
        int exit = run(seamFactory(), "status", BLUEPRINT, "--format", "yaml");

        assertEquals(2, exit, err.toString());
        assertTrue(err.toString().contains("use text or json"), err.toString());
    }

    @Test
    void verify_containerBlueprintWithoutDeployState_exit2AsksForTheUrl() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("bulwark-cli");
        int exit = run(CommandLine.defaultFactory(), "verify", "--blueprint", containerBlueprint(dir));

        assertEquals(2, exit, err.toString());
        assertTrue(err.toString().contains("no service URL recorded for openclaw-cs"), err.toString());
    }
}
