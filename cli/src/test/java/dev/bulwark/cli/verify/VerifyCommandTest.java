package dev.bulwark.cli.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.blueprint.Admin;
import dev.bulwark.blueprint.Agent;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintException;
import dev.bulwark.blueprint.SourceProblem;
import dev.bulwark.blueprint.BlueprintSource;
import dev.bulwark.blueprint.Domain;
import dev.bulwark.blueprint.Mode;
import dev.bulwark.blueprint.Network;
import dev.bulwark.blueprint.Secrets;
import dev.bulwark.blueprint.Snapshots;
import dev.bulwark.blueprint.SourceLocation;
import dev.bulwark.blueprint.Tls;
import dev.bulwark.cli.Main;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.LoopbackServers;
import dev.bulwark.verify.Probe;
import dev.bulwark.verify.TestProbes;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import okhttp3.tls.HeldCertificate;
import picocli.CommandLine;

/** {@code bulwark verify} end to end through {@link Main}: real parsing, real loopback servers, real exit codes. */
class VerifyCommandTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    LoopbackServers servers;
    String url;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    /** What the command is told about stdout: a colour terminal or not (the real check needs a TTY). */
    boolean colorTerminal;

    @BeforeEach
    void startServer() throws IOException {
        servers = new LoopbackServers();
        url = httpsUrl(servers.silentPort());
    }

    @AfterEach
    void stopServer() throws IOException {
        servers.close();
    }

    int run(List<Probe> probes, String... args) {
        return run(probes, file -> {
            throw new AssertionError("no blueprint expected");
        }, args);
    }

    int run(List<Probe> probes, BlueprintReader blueprints, String... args) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == VerifyCommand.class) {
                    return type.cast(new VerifyCommand(probes, blueprints, () -> colorTerminal, CLOCK));
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
        List<String> all = new ArrayList<>(List.of("verify"));
        all.addAll(List.of(args));
        return Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), factory);
    }

    @Test
    void verify_reachableTargetWithoutFindings_exits0() {
        int code = run(List.of(TestProbes.connect(null)), url);

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains(url + "  OK"), out.toString());
    }

    @Test
    void verify_colorTerminal_colorsTextOnStdoutButNeverInAFile() throws IOException {
        colorTerminal = true;
        run(List.of(TestProbes.connect(Severity.HIGH)), url);
        Path file = dir.resolve("report.txt");
        run(List.of(TestProbes.connect(Severity.HIGH)), url, "--output", file.toString());

        assertTrue(out.toString().contains("\u001b["), out.toString());
        assertFalse(Files.readString(file).contains("\u001b["));
    }

    @ParameterizedTest
    @CsvSource({"HIGH, high, 1", "HIGH, low, 1", "HIGH, critical, 0", "INFO, low, 0", "INFO, info, 1"})
    void verify_findingAgainstFailOn_exits1OnlyAtOrAbove(Severity found, String failOn, int expected) {
        int code = run(List.of(TestProbes.connect(found)), url, "--fail-on", failOn);

        assertEquals(expected, code, err.toString());
    }

    @Test
    void verify_closedPort_exits3AndSaysItCouldNotCheck() throws IOException {
        int code = run(List.of(TestProbes.connect(null)), httpsUrl(LoopbackServers.closedPort()));

        assertEquals(3, code, err.toString());
        assertTrue(out.toString().contains("NOT CHECKED"), out.toString());
        assertTrue(err.toString().contains("could not be checked, so the run is not a pass"), err.toString());
    }

    @Test
    @Timeout(20) // a hang guard: --timeout 1s must end the run although the probe never returns by itself
    void verify_tarpit_endsAtTimeoutAndExits3() {
        int code = run(List.of(TestProbes.ignoresDeadline()), url, "--timeout", "1s", "--format", "json");

        assertEquals(3, code, err.toString());
        assertTrue(out.toString().contains("\"status\" : \"timed_out\""), out.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                                       | missing the deployment's URL",
        "ftp://agent.example.com                  | must start with https://",
        "https://user:pw@agent.example.com        | user info",
        "https://127.0.0.1:99999                  | has port 99999, which does not exist",
        "https://127.0.0.1:0                      | has port 0, which does not exist",
        "URL --ssh 127.0.0.1:70000                | outside 1-65535",
        "URL --timeout 0s                         | longer than zero",
        "URL --timeout soon                       | write it like 30s",
        "URL --format xml                         | use one of text, json, sarif, junit, html",
        "URL --fail-on severe                     | use one of info, low, medium, high, critical",
        "URL --targets TARGETS                    | not both",
        "--targets TARGETS --host 203.0.113.10    | put host and blueprint in each entry",
        "URL --ca-file missing.pem                | --ca-file file missing.pem does not exist",
        "URL --output /no/such/dir/report.sarif   | does not exist; create it first",
        "URL --bogus                              | Unknown option"})
    void verify_badUsage_exits2WithAClearMessage(String args, String message) throws IOException {
        Path targets = Files.writeString(dir.resolve("targets.yaml"), "- url: " + url + "\n");
        String line = args.replace("URL", url).replace("TARGETS", targets.toString()).trim();
        String[] argv = line.isEmpty() ? new String[0] : line.split("\\s+");

        int code = run(List.of(TestProbes.connect(null)), argv);

        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains(message), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace for a user error");
    }

    @Test
    void verify_caFileWithoutCertificate_exits2() throws IOException {
        Path pem = Files.writeString(dir.resolve("ca.pem"), "not a certificate\n");
        int code = run(List.of(TestProbes.connect(null)), url, "--ca-file", pem.toString());

        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("holds no readable X.509 certificate"), err.toString());
    }

    @Test
    void verify_caFileWithCertificate_isAccepted() throws IOException {
        HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).commonName("test CA").build();
        Path pem = Files.writeString(dir.resolve("ca.pem"), ca.certificatePem());
        int code = run(List.of(TestProbes.connect(null)), url, "--ca-file", pem.toString());

        assertEquals(0, code, err.toString());
    }

    @Test
    void verify_invalidWaiversFile_exits2WithFileAndLine() throws IOException {
        Path waivers = Files.writeString(dir.resolve("waivers.yaml"), """
                - ruleId: TEST_REACHABLE
                  target: "*"
                  expires: 2026-12-31
                """);
        int code = run(List.of(TestProbes.connect(null)), url, "--waivers", waivers.toString());

        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains(waivers + ":1:3: waiver is missing 'reason'"), err.toString());
    }

    @Test
    void verify_junitWithFindingBelowFailOn_exitsZeroAndNoTestCaseFails() {
        int code = run(List.of(TestProbes.connect(Severity.LOW)), url, "--format", "junit", "--fail-on", "medium");

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("<testsuites name=\"bulwark verify\" tests=\"1\" failures=\"0\""),
                out.toString());
        assertTrue(out.toString().contains("<system-out>low (below --fail-on medium)"), out.toString());
    }

    @Test
    void verify_outputDash_writesToStdoutNotAFileNamedDash() {
        int code = run(List.of(TestProbes.connect(null)), url, "--format", "json", "--output", "-");

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("\"schemaVersion\""), out.toString());
        assertFalse(Files.exists(Path.of("-")), "no file named -");
    }

    @Test
    void verify_quietAndVerbose_sayLessAndMore() {
        assertEquals(0, run(List.of(TestProbes.connect(null)), url, "--quiet"), err.toString());
        assertEquals("", out.toString().strip(), "a passing run prints nothing with --quiet");

        assertEquals(0, run(List.of(TestProbes.connect(null)), url, "--verbose"), err.toString());
        assertTrue(out.toString().matches("(?s).*PASSED 1 rule\\R    TEST_REACHABLE.*"), out.toString());

        assertEquals(2, run(List.of(TestProbes.connect(null)), url, "-q", "-v"));
        assertTrue(err.toString().contains("contradict"), err.toString());
    }

    @Test
    void verify_misspeltRuleIdInWaiver_exits2WithDidYouMean() throws IOException {
        Path waivers = Files.writeString(dir.resolve("waivers.yaml"), """
                - ruleId: HTTP_HSTS_MISING
                  target: "*"
                  reason: typo
                  expires: 2026-12-31
                """);
        int code = run(List.of(TestProbes.connect(null)), url, "--waivers", waivers.toString());

        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains(waivers + ":1:11: unknown rule id 'HTTP_HSTS_MISING'; did you mean "
                + "HTTP_HSTS_MISSING?"), err.toString());
    }

    @Test
    void verify_waiverThatMatchesNothing_isANoteAndStillPasses() throws IOException {
        Path waivers = Files.writeString(dir.resolve("waivers.yaml"), """
                - ruleId: TEST_REACHABLE
                  target: "https://elsewhere.example.com/"
                  reason: another deployment
                  expires: 2026-12-31
                """);
        int code = run(List.of(TestProbes.connect(null)), url, "--waivers", waivers.toString());

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("note: waiver for TEST_REACHABLE on https://elsewhere.example.com/ ("
                + waivers + ":1:3) matched nothing in this run"), out.toString());
    }

    @ParameterizedTest
    @CsvSource({"2026-12-31, 0", "2026-11-01, 1"})
    void verify_waiver_activeWaivesExpiredFails(String expires, int expected) throws IOException {
        Path waivers = Files.writeString(dir.resolve("waivers.yaml"), """
                - ruleId: TEST_REACHABLE
                  target: "https://127.0.0.1:*"
                  reason: test endpoint, accepted
                  expires: %s
                """.formatted(expires));
        int code = run(List.of(TestProbes.connect(Severity.HIGH)), url, "--waivers", waivers.toString());

        assertEquals(expected, code, out + "\n" + err);
        if (expected == 1) {
            assertTrue(out.toString().contains("WAIVER_EXPIRED"), out.toString());
        }
    }

    @Test
    void verify_plainHttpUrl_warnsButRuns() {
        int code = run(List.of(TestProbes.connect(null)), url.replace("https", "http"));

        assertEquals(0, code, err.toString());
        assertTrue(err.toString().contains("warning: http://127.0.0.1:"), err.toString());
    }

    @Test
    void verify_outputFile_writesReportThereAndSummaryToStderr() throws IOException {
        Path sarif = dir.resolve("bulwark.sarif");
        int code = run(List.of(TestProbes.connect(Severity.MEDIUM)), url, "--format", "sarif",
                "--output", sarif.toString());

        assertEquals(1, code, err.toString());
        assertEquals("", out.toString());
        JsonNode log = new ObjectMapper().readTree(sarif.toFile());
        assertEquals("2.1.0", log.get("version").asText());
        assertEquals("TEST_REACHABLE", log.at("/runs/0/results/0/ruleId").asText());
        assertTrue(err.toString().contains("1 finding (1 medium)"), err.toString());
        assertTrue(err.toString().contains("sarif report written to " + sarif), err.toString());
    }

    @Test
    void verify_targetsFile_checksEveryDeploymentInOneReport() throws IOException {
        Path targets = Files.writeString(dir.resolve("fleet.yaml"), """
                - url: %s
                - url: %s
                - url: %s
                """.formatted(url, httpsUrl(servers.silentPort()), httpsUrl(LoopbackServers.closedPort())));
        int code = run(List.of(TestProbes.connect(null)), "--targets", targets.toString(), "--format", "json");

        assertEquals(3, code, err.toString());
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertEquals(3, report.at("/summary/targets").asInt());
        assertEquals(1, report.at("/summary/targetsNotChecked").asInt());
        assertEquals(targets.toString(), report.at("/findings/0/location/file").asText(),
                "the unreachable target points at its entry in the targets file");
        assertEquals(3, report.at("/findings/0/location/line").asInt());
    }

    @Test
    void verify_blueprint_findingPointsAtGoverningBlueprintLine() throws IOException {
        Path file = Files.writeString(dir.resolve("agent.yaml"), "name: agent\n");
        RuleInfo gatewayExposed = new RuleInfo("GATEWAY_PORT_EXPOSED", Severity.CRITICAL, "Gateway port reachable",
                null, "Close the agent port.", List.of());
        BlueprintReader reader = path -> blueprint(path, Map.of("agent.port", new SourceLocation(path, 7, 9)));

        int code = run(List.of(TestProbes.connect(Severity.CRITICAL, gatewayExposed)), reader, url,
                "--blueprint", file.toString(), "--format", "sarif");

        assertEquals(1, code, err.toString());
        JsonNode result = new ObjectMapper().readTree(out.toString()).at("/runs/0/results/0");
        assertTrue(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText().endsWith("agent.yaml"),
                result.toString());
        assertEquals(7, result.at("/locations/0/physicalLocation/region/startLine").asInt());
    }

    @Test
    void verify_invalidBlueprint_exits2ListingEveryProblem() throws IOException {
        Path file = Files.writeString(dir.resolve("agent.yaml"), "name: agent\n");
        BlueprintReader reader = path -> {
            throw new BlueprintException(List.of(
                    new SourceProblem(new SourceLocation(path, 3, 5), "agent.version", "must be exact", "e.g. 2026.9.6"),
                    new SourceProblem(new SourceLocation(path, 8, 3), "admin.sshCidrs[0]", "not a CIDR", "")));
        };
        int code = run(List.of(TestProbes.connect(null)), reader, url, "--blueprint", file.toString());

        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains(file + ":3:5: agent.version: must be exact"), err.toString());
        assertTrue(err.toString().contains(file + ":8:3: admin.sshCidrs[0]: not a CIDR"), err.toString());
    }

    @Test
    void help_verify_teachesExamplesAndExitCodes() {
        StringWriter help = new StringWriter();
        int code = Main.run(new String[] {"verify", "--help"}, new PrintWriter(help), new PrintWriter(err));

        assertEquals(0, code);
        String text = help.toString();
        assertTrue(text.contains("Examples:"), text);
        assertTrue(text.contains("--format sarif --output bulwark.sarif"), text);
        assertTrue(text.contains("Exit codes:"), text);
        assertTrue(text.contains("could not be checked"), text);
    }

    static Blueprint blueprint(Path file, Map<String, SourceLocation> locations) {
        return new Blueprint("agent", "eu-west-1", Mode.INSTANCE, "small_3_0", "eu-west-1a",
                new Agent("openclaw", "2026.9.6", 18789), new Domain("agent.example.com", List.of()),
                new Admin(List.of(), List.of(), Optional.empty(), "admin"), new Tls("TLS-FS-Res-1-2-2019-08", true),
                new Network("ipv4"), new Secrets("agent/gateway-token", List.of()), new Snapshots(3), Map.of(),
                new BlueprintSource(file, locations), List.of());
    }

    private static String httpsUrl(int port) {
        return "https://127.0.0.1:" + port + "/";
    }
}
