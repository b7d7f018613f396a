package dev.bulwark.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.baseline.container.ContainerBaseline;
import dev.bulwark.baseline.container.GatewayImageContext;
import dev.bulwark.baseline.proxy.NginxSite;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintLoader;
import dev.bulwark.cli.Main;
import dev.bulwark.policy.HardeningPolicy;
import dev.bulwark.secret.Secret;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Container mode end to end without a container runtime: the gateway image's real {@code entrypoint.mjs} on Node 24
 * with the real OpenClaw, given the environment {@link ContainerBaseline} renders (plus the reader key the stack
 * adds), reads its token and provider key from a loopback Secrets Manager stand-in ({@link SecretsManagerStandIn}:
 * the AWS control-plane seam, no real AWS here) and starts the gateway; the rendered proxy-container site runs in
 * the real nginx in front of it, behind a TLS nginx standing in for the container service endpoint (on 127.0.0.2).
 * {@code bulwark verify} through it must find nothing at medium or above.
 *
 * <p>What differs from a Lightsail deployment, and why: the proxy listens on a free loopback port instead of 8080
 * and reaches the gateway at 127.0.0.1 instead of the policy's {@code localhost} (one network namespace here, as
 * the containers of a deployment are believed to share); the gateway's port is a free one.
 */
class ContainerGatewayIT {
    private static final String DOMAIN = "agent.bulwark.test";
    private static final String TOKEN_ID = "openclaw-cs/gateway-token";
    private static final String PROVIDER_ID = "openclaw-cs/anthropic-api-key";
    private static final String READER_KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    private static final String READER_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final Duration START = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    private AcceptanceHome home;
    private Blueprint blueprint;
    private Path blueprintFile;
    private Path context;
    private final Secret token = Secret.of("it-gateway-token-" + Long.toHexString(System.nanoTime())
            + "-0123456789abcdefghij");
    private final Secret providerKey = Secret.of("provider-key-for-the-it-" + Long.toHexString(System.nanoTime()));

    @BeforeEach
    void setUp() throws Exception {
        home = AcceptanceHome.locate();
        home.requireInstalled(GatewayDistribution.OPENCLAW);
        home.requireNginx();
        home.requireEntrypointModules(GatewayImageContext.read("package.json"));
        blueprintFile = dir.resolve("blueprint.yaml");
        Files.writeString(blueprintFile, Files.readString(Path.of("..", "blueprints", "openclaw-container.yaml"))
                .replace("name: agent.example.com", "name: " + DOMAIN));
        blueprint = new BlueprintLoader().load(blueprintFile);
        // The image context as `bulwark image-context` writes it; its node_modules are the ones npm ci installed
        // from the same package-lock.json (the image runs npm ci from it too).
        context = dir.resolve("image");
        new GatewayImageContext().writeTo(context);
        Files.createSymbolicLink(context.resolve("node_modules"), home.entrypointModules());
    }

    @Test
    void entrypoint_secretsFromStandIn_gatewayBehindRenderedProxyPassesVerify() throws Exception {
        try (SecretsManagerStandIn secrets = SecretsManagerStandIn.start(Map.of(TOKEN_ID, token,
                PROVIDER_ID, providerKey))) {
            int gatewayPort = LoopbackPorts.free("127.0.0.1");
            try (GatewayEntrypoint entrypoint = GatewayEntrypoint.start(home, context,
                    environment(secrets, gatewayPort, blueprint.agent().version()))) {
                assertTrue(entrypoint.awaitLine(GatewayDistribution.OPENCLAW.readyLine(), START),
                        () -> "gateway not ready:\n" + entrypoint.output());

                assertSignedRequestsFor(secrets, List.of(TOKEN_ID, PROVIDER_ID));
                ProcessHandle gateway = entrypoint.gateway().orElseThrow(() -> new AssertionError(
                        "no gateway child of the entrypoint:\n" + entrypoint.output()));
                String gatewayEnv = environ(gateway.pid());
                assertTrue(gatewayEnv.contains("\0OPENCLAW_GATEWAY_TOKEN=") || gatewayEnv.startsWith(
                        "OPENCLAW_GATEWAY_TOKEN="), "the token reaches the gateway in its environment");
                assertTrue(gatewayEnv.contains("ANTHROPIC_API_KEY=" + providerKey.reveal()), "the provider key too");
                for (ProcessHandle below : entrypoint.descendants()) {
                    String env = environ(below.pid());
                    assertFalse(env.contains("AWS_SECRET_ACCESS_KEY") || env.contains(READER_SECRET),
                            "the reader key stays with the entrypoint, not in pid " + below.pid());
                    assertFalse(env.contains("AWS_ACCESS_KEY_ID"), "the reader key id too, pid " + below.pid());
                }
                // The control for the check above: the entrypoint itself does hold the reader key.
                assertTrue(environ(entrypoint.pid()).contains("AWS_SECRET_ACCESS_KEY=" + READER_SECRET));
                String output = entrypoint.output();
                assertFalse(output.contains(token.reveal()) || output.contains(providerKey.reveal())
                        || output.contains(READER_SECRET), "no secret in the output:\n" + output);

                try (RenderedNginxSite proxy = RenderedNginxSite.start(dir.resolve("proxy"),
                        NginxSite.forContainer(blueprint, HardeningPolicy.defaults()), gatewayPort)) {
                    String health = healthCheck(proxy.port());
                    assertTrue(health.startsWith("HTTP/1.1 200 "), health);
                    verifyThroughServiceEndpoint(proxy.port(), entrypoint);
                }

                // A container stop signals the entrypoint only: it must pass SIGTERM on and exit with the gateway.
                entrypoint.terminate();
                int exit = entrypoint.awaitExit(Duration.ofSeconds(60));
                assertFalse(gateway.isAlive(), "the gateway stopped with the entrypoint");
                assertTrue(exit == 0 || exit == 128 + 15, "exit " + exit + ":\n" + entrypoint.output());
            }
        }
    }

    @Test
    void entrypoint_imageVersionDiffers_exitsNonZeroBeforeAnySecretIsRead() throws Exception {
        try (SecretsManagerStandIn secrets = SecretsManagerStandIn.start(Map.of(TOKEN_ID, token,
                PROVIDER_ID, providerKey));
             GatewayEntrypoint entrypoint = GatewayEntrypoint.start(home, context,
                     environment(secrets, LoopbackPorts.free("127.0.0.1"), "2026.1.29"))) {
            int exit = entrypoint.awaitExit(Duration.ofSeconds(60));

            assertEquals(2, exit, entrypoint.output());
            assertTrue(entrypoint.output().contains("the image carries OpenClaw 2026.9.6 but the blueprint's"
                    + " agent.version is 2026.1.29"), entrypoint.output());
            assertEquals(List.of(), secrets.requests());
        }
    }

    @Test
    void entrypoint_providerSecretStillPlaceholder_startsGatewayWithoutThatKeyAndSaysSo() throws Exception {
        Secret placeholder = Secret.of("{\"bulwarkPlaceholder\":\"set by bulwark deploy\"}");
        try (SecretsManagerStandIn secrets = SecretsManagerStandIn.start(Map.of(TOKEN_ID, token,
                PROVIDER_ID, placeholder));
             GatewayEntrypoint entrypoint = GatewayEntrypoint.start(home, context,
                     environment(secrets, LoopbackPorts.free("127.0.0.1"), blueprint.agent().version()))) {
            assertTrue(entrypoint.awaitLine(GatewayDistribution.OPENCLAW.readyLine(), START),
                    () -> "gateway not ready:\n" + entrypoint.output());

            String output = entrypoint.output();
            assertTrue(output.contains("provider key ANTHROPIC_API_KEY: secret \"" + PROVIDER_ID
                    + "\" still holds bulwark's placeholder"), output);
            assertTrue(output.contains("with 0 provider key(s) (none)"), output);
            ProcessHandle gateway = entrypoint.gateway().orElseThrow(() -> new AssertionError(output));
            assertFalse(environ(gateway.pid()).contains("ANTHROPIC_API_KEY="), "the placeholder is not a key");
        }
    }

    @Test
    void entrypoint_providerSecretMissing_exitsNonZeroNamingItWithoutAnyValue() throws Exception {
        try (SecretsManagerStandIn secrets = SecretsManagerStandIn.start(Map.of(TOKEN_ID, token));
             GatewayEntrypoint entrypoint = GatewayEntrypoint.start(home, context,
                     environment(secrets, LoopbackPorts.free("127.0.0.1"), blueprint.agent().version()))) {
            int exit = entrypoint.awaitExit(Duration.ofSeconds(60));

            String output = entrypoint.output();
            assertEquals(3, exit, output);
            assertTrue(output.contains("could not read secret \"" + PROVIDER_ID + "\" from Secrets Manager in "
                    + blueprint.region() + " (ResourceNotFoundException, HTTP 400)"), output);
            assertFalse(output.contains(token.reveal()), "the token read before it is not printed:\n" + output);
            assertFalse(output.contains(READER_SECRET), output);
            assertTrue(entrypoint.gateway().isEmpty(), "no gateway started");
        }
    }

    /** The gateway container's environment: the baseline's, the stack's reader key, and the test's seams. */
    private Map<String, String> environment(SecretsManagerStandIn secrets, int gatewayPort, String agentVersion)
            throws IOException {
        Map<String, String> env = new LinkedHashMap<>(ContainerBaseline.forBlueprint(blueprint,
                HardeningPolicy.defaults()).gateway().environment());
        env.put(ContainerBaseline.GATEWAY_PORT_ENV, Integer.toString(gatewayPort));
        env.put(ContainerBaseline.AGENT_VERSION_ENV, agentVersion);
        env.put(ContainerBaseline.READER_KEY_ID_ENV, READER_KEY_ID);
        env.put(ContainerBaseline.READER_SECRET_ENV, READER_SECRET);
        env.put("AWS_ENDPOINT_URL_SECRETS_MANAGER", secrets.endpoint());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put(GatewayImageContext.OPENCLAW_ENTRY_ENV, home.entry(GatewayDistribution.OPENCLAW).toString());
        Path userHome = Files.createDirectories(dir.resolve("home-" + System.nanoTime()));
        env.put("HOME", userHome.toString());
        env.put("TMPDIR", Files.createDirectories(userHome.resolve("tmp")).toString());
        env.put("PATH", home.node().getParent() + ":/usr/local/bin:/usr/bin:/bin");
        return env;
    }

    private void assertSignedRequestsFor(SecretsManagerStandIn secrets, List<String> ids) {
        List<String> asked = new ArrayList<>();
        for (SecretsManagerStandIn.Request request : secrets.requests()) {
            asked.add(request.secretId());
            assertEquals("secretsmanager.GetSecretValue", request.target());
            String auth = String.valueOf(request.authorization());
            assertTrue(auth.matches("AWS4-HMAC-SHA256 Credential=" + READER_KEY_ID
                    + "/[0-9]{8}/" + blueprint.region() + "/secretsmanager/aws4_request, SignedHeaders=[a-z0-9;-]+,"
                    + " Signature=[0-9a-f]{64}"), auth);
        }
        assertEquals(ids, asked);
    }

    private void verifyThroughServiceEndpoint(int proxyPort, GatewayEntrypoint entrypoint) throws Exception {
        HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).commonName("bulwark container IT")
                .build();
        HeldCertificate server = new HeldCertificate.Builder().signedBy(ca)
                .addSubjectAlternativeName(ProxiedGatewayIT.PUBLIC_ADDRESS).addSubjectAlternativeName(DOMAIN)
                .duration(365, TimeUnit.DAYS).build();
        Path caFile = Files.writeString(dir.resolve("ca.pem"), ca.certificatePem());
        try (NginxProxy endpoint = NginxProxy.start(Files.createDirectories(dir.resolve("endpoint")),
                ProxiedGatewayIT.PUBLIC_ADDRESS, LoopbackPorts.free(ProxiedGatewayIT.PUBLIC_ADDRESS), proxyPort,
                server, ca, ProxiedGatewayIT.REMOTE_CLIENT, BaselineProxyIT::asLightsailLoadBalancer)) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            // No --host: a container service has no instance address to scan, only its endpoint.
            int exit = Main.run(new String[] {"verify", endpoint.url().toString(), "--ca-file", caFile.toString(),
                "--blueprint", blueprintFile.toString(), "--format", "json", "--timeout", "60s",
                "--fail-on", "medium"}, new PrintWriter(out, true), new PrintWriter(err, true));

            JsonNode report = new ObjectMapper().readTree(out.toString());
            List<String> serious = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            report.path("findings").forEach(f -> {
                seen.add(f.path("ruleId").asText());
                String severity = f.path("severity").asText();
                if (!severity.equals("low") && !severity.equals("info")) {
                    serious.add(f.path("ruleId").asText() + ": " + f.path("evidence").asText());
                }
            });
            assertEquals(List.of(), serious, () -> out + "\n" + err + "\nentrypoint:\n" + entrypoint.output());
            assertFalse(seen.contains("GATEWAY_NOT_DETECTED"), "the gateway answered through both proxies: " + out);
            assertEquals(0, exit, () -> out + "\n" + err);
        }
    }

    /**
     * The service's health check: plain HTTP to the proxy from an address of its own (127.0.0.3 here, a private
     * address on Lightsail), without forwarding headers. From 127.0.0.1 it would look like the proxy itself, which
     * the gateway refuses to attribute.
     */
    private static String healthCheck(int proxyPort) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.3"), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), proxyPort), 5000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + HardeningPolicy.defaults().container().healthCheckPath()
                    + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String environ(long pid) throws IOException {
        return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ")),
                StandardCharsets.UTF_8);
    }
}
