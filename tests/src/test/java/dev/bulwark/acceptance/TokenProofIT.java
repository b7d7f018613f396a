package dev.bulwark.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.cli.Main;
import dev.bulwark.secret.Secret;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bulwark verify --token-file/--stale-token-file} against the real OpenClaw gateway behind real nginx on
 * 127.0.0.2: a rotated token passes, a token that still works after rotation and a current token the gateway
 * refuses are findings, and no output of any format ever contains a token value.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenProofIT {
    private static final String PUBLIC_ADDRESS = ProxiedGatewayIT.PUBLIC_ADDRESS;
    private static final String GATEWAY_CONFIG = "{ gateway: { trustedProxies: [\"127.0.0.1\"] } }";
    /** A token this gateway never had: what the old token is after a rotation that took. */
    private static final Secret OTHER = Secret.of("rotated-away-" + Long.toHexString(System.nanoTime()) + "-0123456789");

    private Path dir;
    private HeldCertificate ca;
    private Path caFile;
    private OpenClawGateway gateway;
    private NginxProxy proxy;

    private record Run(int exit, String out, String err) {
    }

    @BeforeAll
    void start(@TempDir Path classDir) throws Exception {
        dir = classDir;
        AcceptanceHome home = AcceptanceHome.locate();
        home.requireInstalled(GatewayDistribution.OPENCLAW);
        home.requireNginx();
        ca = new HeldCertificate.Builder().certificateAuthority(0).commonName("bulwark token IT CA").build();
        HeldCertificate server = new HeldCertificate.Builder().signedBy(ca)
                .addSubjectAlternativeName(PUBLIC_ADDRESS).duration(365, TimeUnit.DAYS).build();
        caFile = Files.writeString(dir.resolve("ca.pem"), ca.certificatePem());
        gateway = OpenClawGateway.start(home, GatewayLaunch.hardened(GatewayDistribution.OPENCLAW)
                .config(GATEWAY_CONFIG), Duration.ofSeconds(180));
        int port = LoopbackPorts.free(PUBLIC_ADDRESS);
        proxy = NginxProxy.start(Files.createDirectories(dir.resolve("nginx")), PUBLIC_ADDRESS, port, gateway.port(),
                server, ca, ProxiedGatewayIT.REMOTE_CLIENT, null);
    }

    @AfterAll
    void stop() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void verify_rotated_newAcceptedOldRefused_noTokenFinding() throws Exception {
        Run run = verify("json", null, "--token-file", file("current", gateway.token()), "--stale-token-file",
                file("stale", OTHER));
        List<String> rules = ruleIds(run.out());
        assertFalse(rules.contains("GATEWAY_STALE_TOKEN_ACCEPTED"), run.out());
        assertFalse(rules.contains("GATEWAY_CURRENT_TOKEN_REFUSED"), run.out());
        assertTrue(run.exit() == 0 || run.exit() == 1, run.out() + run.err());
    }

    @Test
    void verify_notRotated_oldTokenStillAccepted_criticalFindingExitOne() throws Exception {
        Run run = verify("json", null, "--stale-token-file", file("still-valid", gateway.token()));
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(ruleIds(run.out()).contains("GATEWAY_STALE_TOKEN_ACCEPTED"), run.out());
    }

    @Test
    void verify_wrongCurrentToken_findingExitOne() throws Exception {
        Run run = verify("json", null, "--token-file", file("wrong", OTHER));
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(ruleIds(run.out()).contains("GATEWAY_CURRENT_TOKEN_REFUSED"), run.out());
    }

    @Test
    void verify_tokenFileReadableByOthers_exitTwoWithoutSendingIt() throws Exception {
        Path open = Path.of(file("open", gateway.token()));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
        Run run = verify("text", null, "--token-file", open.toString());
        assertEquals(2, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("chmod 600"), run.err());
        assertNoToken(run.out() + run.err());
    }

    @Test
    void verify_everyFormat_noOutputContainsATokenValue() throws Exception {
        String valid = file("leak-valid", gateway.token());
        for (String format : List.of("text", "json", "sarif", "junit")) {
            Path report = dir.resolve("report." + format);
            // The valid token as the stale one: the finding's evidence is where a leak would show first.
            Run run = verify(format, report, "--token-file", valid, "--stale-token-file", valid, "--verbose");
            assertEquals(1, run.exit(), format + ": " + run.out() + run.err());
            assertNoToken(run.out() + run.err() + Files.readString(report));
            assertTrue(Files.readString(report).contains("GATEWAY_STALE_TOKEN_ACCEPTED"), format);
        }
        Run wrong = verify("text", null, "--token-file", file("leak-wrong", OTHER));
        assertNoToken(wrong.out() + wrong.err());
        assertNoToken(Files.readString(gateway.log()));
    }

    private void assertNoToken(String output) {
        assertFalse(output.contains(gateway.token().reveal()), "the gateway token leaked into an output");
        assertFalse(output.contains(OTHER.reveal()), "the other token leaked into an output");
    }

    private String file(String name, Secret token) throws IOException {
        Path file = dir.resolve(name + ".token");
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, token.reveal() + "\n");
        return file.toString();
    }

    private Run verify(String format, Path output, String... extra) {
        List<String> args = new ArrayList<>(List.of("verify", proxy.url().toString(), "--ca-file", caFile.toString(),
                "--format", format, "--timeout", "60s"));
        if (output != null) {
            args.addAll(List.of("--output", output.toString()));
        }
        args.addAll(List.of(extra));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private static List<String> ruleIds(String json) throws IOException {
        return new ObjectMapper().readTree(json).findValues("ruleId").stream().map(JsonNode::asText).toList();
    }
}
