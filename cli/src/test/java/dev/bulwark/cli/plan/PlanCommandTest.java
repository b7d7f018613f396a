package dev.bulwark.cli.plan;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.baseline.BaselineFingerprint;
import dev.bulwark.baseline.HostBaseline;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintLoader;
import dev.bulwark.cli.Main;
import dev.bulwark.policy.HardeningPolicy;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulwark plan} end to end through {@link Main}: real blueprint loading, real CDK synth, real rule packs. */
class PlanCommandTest {
    /** The public sample: the load balancer path these tests read (the default sample is private). */
    private static final Path DEFAULT_BLUEPRINT = Path.of("..", "blueprints", "openclaw-instance-public.yaml");

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
    }

    private Run plan(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "plan";
        System.arraycopy(args, 0, all, 1, args.length);
        int exit = Main.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private Path blueprintWith(String from, String to) throws IOException {
        String text = Files.readString(DEFAULT_BLUEPRINT);
        assertTrue(text.contains(from), "default blueprint should contain " + from);
        Path file = tmp.resolve("edited.yaml");
        Files.writeString(file, text.replace(from, to));
        return file;
    }

    @Test
    void plan_defaultBlueprint_exitsZeroWithFirewallTlsSecretsCostAndTemplates() {
        Run run = plan(DEFAULT_BLUEPRINT.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("No public port"), run.out());
        assertTrue(run.out().contains("TLS-FS-Res-1-2-2019-08 (TLSv1.2)"), run.out());
        assertTrue(run.out().contains("openclaw-public/gateway-token"), run.out());
        assertTrue(run.out().contains("none unacknowledged"), run.out());
        assertTrue(run.out().contains("reason:"), "acknowledgements carry reasons: " + run.out());
        assertTrue(run.out().matches("(?s).*total\\s+\\d+\\.\\d\\d.*"), run.out());
        assertTrue(Files.isRegularFile(tmp.resolve("out").resolve("bulwark-openclaw-public.template.json")));
    }

    @Test
    void plan_containerBlueprint_exitsZeroWithContainersTableInsteadOfFirewall() throws IOException {
        Path container = Path.of("..", "blueprints", "openclaw-container.yaml");
        Run run = plan(container.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        String out = run.out();
        assertTrue(out.contains("Containers (service openclaw-cs"), out);
        assertTrue(out.matches("(?s).*\\n  gateway\\s+18789/HTTP\\s+no \\(private network only\\)\\s+ghcr\\.io/example/"
                + "openclaw-gateway:2026\\.9\\.6@sha256:0{64}\\n.*"), out);
        assertTrue(out.matches("(?s).*\\n  proxy\\s+8080/HTTP\\s+yes, :8080, health /\\S+\\s+public\\.ecr\\.aws/.*"), out);
        assertFalse(out.contains("Instance firewall"), out);
        assertFalse(out.contains("load balancer policy"), out);
        assertTrue(out.contains("certificate           agent.example.com"), out);
        assertTrue(out.contains("not yet: the custom domain is attached"), out);
        assertTrue(out.contains("AWS::Lightsail::Container"), out);
        assertTrue(out.contains("AWS::IAM::AccessKey"), out);
        assertFalse(out.contains("Host baseline"), "a container service has no host baseline: " + out);
        assertTrue(out.contains("openclaw-cs/gateway-token"), out);
        assertTrue(out.contains("openclaw-cs/anthropic-api-key"), out);
        assertTrue(out.contains("none unacknowledged"), out);
        assertTrue(out.contains("Lightsail-ContainerEnvironmentSecret"), "acknowledged with its reason: " + out);
        assertTrue(out.contains("container service small"), out);
        assertTrue(out.matches("(?s).*total\\s+40\\.80.*"), out);

        Run json = plan(container.toString(), "--out", tmp.resolve("json").toString(), "--format", "json");
        assertEquals(0, json.exit(), json.err());
        JsonNode containers = new ObjectMapper().readTree(json.out()).path("plan").path("containers");
        assertEquals(2, containers.size(), containers.toString());
        assertEquals("gateway", containers.get(0).path("name").asText());
    }

    @Test
    void plan_privateSample_saysThereIsNoLoadBalancerAndHowABaselineChangeIsApplied() throws IOException {
        Path privateSample = Path.of("..", "blueprints", "openclaw-instance.yaml");
        Run run = plan(privateSample.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("No public port and no load balancer: reach the gateway with `bulwark tunnel`"),
                run.out());
        Blueprint blueprint = new BlueprintLoader().load(privateSample);
        BaselineFingerprint wanted = BaselineFingerprint.of(new HostBaseline(HardeningPolicy.defaults()), blueprint);
        assertTrue(run.out().contains("Host baseline (the instance's user data: applied only when an instance is "
                + "created)\n  digest " + wanted.digest() + ", " + wanted.files().size() + " files"), run.out());
        assertTrue(run.out().contains("replaces\n  the instance only with --replace-instance"), run.out());

        Run json = plan(privateSample.toString(), "--out", tmp.resolve("json").toString(), "--format", "json");
        JsonNode baseline = new ObjectMapper().readTree(json.out()).path("plan").path("hostBaseline");
        assertEquals(wanted.digest(), baseline.path("digest").asText(), json.out());
        assertEquals(wanted.files().size(), baseline.path("files").size());
    }

    @Test
    void plan_secretsMaxAgeDays_saysStatusFlagsOlderSecrets() throws IOException {
        Run without = plan(DEFAULT_BLUEPRINT.toString(), "--out", tmp.resolve("a").toString());
        assertTrue(without.out().contains("no secrets.maxAgeDays: `bulwark status` shows each secret's age"),
                without.out());
        Path limited = blueprintWith("secrets:\n", "secrets:\n  maxAgeDays: 90\n");
        Run with = plan(limited.toString(), "--out", tmp.resolve("b").toString());
        assertEquals(0, with.exit(), with.out() + with.err());
        assertTrue(with.out().contains("secrets.maxAgeDays 90: `bulwark status` says which secret is older"),
                with.out());
        Run json = plan(limited.toString(), "--out", tmp.resolve("c").toString(), "--format", "json");
        assertEquals(90, new ObjectMapper().readTree(json.out()).path("plan").path("secretsMaxAgeDays").asInt());
    }

    @Test
    void plan_sshOpenToTheWorld_exitsOneNamingTheRule() throws IOException {
        Path open = blueprintWith("sshCidrs: []", "sshCidrs: [0.0.0.0/0]");
        Run run = plan(open.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().contains("Lightsail-SshWorldOpen"), run.out());
        assertTrue(run.err().contains("0.0.0.0/0 opens SSH to the whole internet"), run.err());
        assertTrue(run.err().contains("edited.yaml:"), "warning carries file:line:column: " + run.err());
    }

    @Test
    void plan_failOnCritical_legacyTlsPolicyIsHighSoExitsZero() throws IOException {
        Path legacy = blueprintWith("policy: TLS-FS-Res-1-2-2019-08", "policy: TLS-2016-08");
        Run strict = plan(legacy.toString(), "--out", tmp.resolve("a").toString(), "--format", "json");
        assertEquals(1, strict.exit(), strict.err());
        Run lenient = plan(legacy.toString(), "--out", tmp.resolve("b").toString(), "--fail-on", "critical");
        assertEquals(0, lenient.exit(), lenient.err());
        assertTrue(lenient.out().contains("Lightsail-LoadBalancerTlsPolicy"), lenient.out());
    }

    @Test
    void plan_jsonFormat_isOneDocumentWithFindingsAndNoSecretValues() throws IOException {
        Path legacy = blueprintWith("policy: TLS-FS-Res-1-2-2019-08", "policy: TLS-2016-08");
        Run run = plan(legacy.toString(), "--out", tmp.resolve("out").toString(), "--format", "json");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("bulwark", json.path("tool").path("name").asText());
        assertEquals("Lightsail-LoadBalancerTlsPolicy", json.path("findings").get(0).path("ruleId").asText());
        assertEquals(1, json.path("summary").path("bySeverity").path("high").asInt(), json.toString());
        JsonNode plan = json.path("plan");
        assertEquals("TLS-2016-08", plan.path("tls").path("policy").asText());
        assertFalse(plan.path("tls").path("modern").asBoolean());
        assertEquals("Lightsail-LoadBalancerTlsPolicy", plan.path("findings").get(0).path("ruleId").asText());
        assertTrue(plan.path("cost").path("monthlyTotal").isNumber());
        assertEquals(2, plan.path("secretNames").size());
    }

    @Test
    void plan_sarifFormat_isValidSarifPointingAtTheResourceInTheTemplate() throws IOException {
        Path open = blueprintWith("sshCidrs: []", "sshCidrs: [0.0.0.0/0]");
        Path out = tmp.resolve("out");
        Path sarif = tmp.resolve("plan.sarif");
        Run run = plan(open.toString(), "--out", out.toString(), "--format", "sarif", "--output", sarif.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("sarif report written to " + sarif), run.err());
        JsonNode log = new ObjectMapper().readTree(sarif.toFile());
        Set<ValidationMessage> errors;
        try (InputStream in = getClass().getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in).validate(log);
        }
        assertTrue(errors.isEmpty(), errors.toString());
        JsonNode result = null;
        for (JsonNode r : log.at("/runs/0/results")) {
            if (r.path("ruleId").asText().equals("Lightsail-SshWorldOpen")) {
                result = r;
            }
        }
        assertTrue(result != null, log.toString());
        JsonNode physical = result.at("/locations/0/physicalLocation");
        String uri = physical.at("/artifactLocation/uri").asText();
        assertTrue(uri.endsWith("bulwark-openclaw-public.template.json"), uri);
        int line = physical.at("/region/startLine").asInt();
        String templateLine = Files.readAllLines(out.resolve("bulwark-openclaw-public.template.json")).get(line - 1);
        String logicalId = result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()
                .replaceAll(".*\\((\\w+)\\).*", "$1");
        assertTrue(templateLine.contains("\"" + logicalId + "\":"), templateLine + " should name " + logicalId);
        assertTrue(log.at("/runs/0/tool/driver/rules").toString().contains("Lightsail-SshWorldOpen"));
    }

    @Test
    void plan_junitFormat_failsTheRuleThatFoundSomethingAndPassesTheOthers() throws IOException {
        Path open = blueprintWith("sshCidrs: []", "sshCidrs: [0.0.0.0/0]");
        Run run = plan(open.toString(), "--out", tmp.resolve("out").toString(), "--format", "junit",
                "--output", "-");
        assertEquals(1, run.exit(), run.err());
        String xml = run.out();
        assertTrue(xml.contains("<testsuites name=\"bulwark plan\""), xml);
        assertTrue(xml.matches("(?s).*<testcase classname=\"[^\"]+\" name=\"Lightsail-SshWorldOpen\">\\s*<failure.*"), xml);
        assertTrue(xml.contains("name=\"Lightsail-AutoSnapshotOff\"/>"), "rules without findings pass: " + xml);
        assertFalse(Files.exists(Path.of("-")), "--output - is stdout, not a file named -");
    }

    @Test
    void plan_awsSecretKeyInATagOrAComment_refusedBeforeAnythingIsWrittenAndNeverEchoed() throws IOException {
        String secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCY9Q2xZ7vT4k";
        String text = Files.readString(DEFAULT_BLUEPRINT);
        assertTrue(text.contains("\ntags:\n"), "default blueprint has tags");
        Path file = tmp.resolve("leaky.yaml");
        Files.writeString(file, text.replace("\ntags:\n", "\n# pasted by mistake: " + secret
                + "\ntags:\n  ci-key: " + secret + "\n"));
        Path out = tmp.resolve("out");

        Run run = plan(file.toString(), "--out", out.toString(), "--format", "json", "--output",
                tmp.resolve("plan.json").toString());

        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().matches("(?s).*leaky\\.yaml:\\d+:\\d+: a comment looks like a secret value.*"), run.err());
        assertTrue(run.err().matches("(?s).*leaky\\.yaml:\\d+:\\d+: tags\\.ci-key: looks like a secret value.*"),
                run.err());
        assertFalse((run.out() + run.err()).contains(secret.substring(20)), "never echoed: " + run.err());
        try (Stream<Path> written = Files.walk(tmp)) {
            for (Path f : written.filter(Files::isRegularFile).filter(f -> !f.equals(file)).toList()) {
                assertFalse(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1)
                        .contains(secret.substring(20)), "secret written to " + f);
            }
        }
        assertFalse(Files.exists(out.resolve("bulwark-openclaw-public.template.json")), "nothing was synthesized");
    }

    @Test
    void plan_invalidBlueprint_exitsTwoListingEveryProblemWithoutStackTrace() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "name: Bad_Name\nregion: mars-1\nagent: {version: latest}\ndomian: x\n");
        Run run = plan(bad.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("bad.yaml:1:"), run.err());
        assertTrue(run.err().contains("bad.yaml:2:"), run.err());
        assertTrue(run.err().contains("bad.yaml:3:"), run.err());
        assertTrue(run.err().contains("did you mean"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    static Stream<Arguments> hostileOrMalformed() {
        return Stream.of(
                Arguments.of("binary", new byte[] {0x7f, 'E', 'L', 'F', 0, 1, 2, 3}, "binary"),
                Arguments.of("too big", ("# " + "x".repeat(1024) + "\n").repeat(300).getBytes(UTF_8), "256 kib"),
                Arguments.of("alias bomb", "a: &a [x, x]\nb: [*a, *a]\n".getBytes(UTF_8), "alias"),
                Arguments.of("two documents", "name: a\n---\nname: b\n".getBytes(UTF_8), "document"),
                Arguments.of("not a mapping", "- just\n- a list\n".getBytes(UTF_8), "mapping"),
                Arguments.of("secret value", ("name: demo\nregion: us-east-1\nagent: {version: 2026.9.6}\n"
                        + "domain: {name: agent.example.com}\nsecrets: {gatewayToken: "
                        + "sk-ant-api03-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA}\n").getBytes(UTF_8), "secret"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileOrMalformed")
    void plan_hostileOrMalformedBlueprint_exitsTwoWithMessageAndNoStackTrace(String name, byte[] content,
                                                                             String fragment) throws IOException {
        Path file = Files.write(tmp.resolve("bad.yaml"), content);
        Run run = plan(file.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().toLowerCase(java.util.Locale.ROOT).contains(fragment), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        assertFalse(run.err().contains("AAAAAAAAAAAAAAAA"), "a secret value is never echoed: " + run.err());
    }

    @Test
    void plan_outIsAnExistingFile_exitsTwoAsUsage() throws IOException {
        Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");
        Run run = plan(DEFAULT_BLUEPRINT.toString(), "--out", file.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("--out " + file + " is a file, not a directory"), run.err());
        assertFalse(run.err().contains("internal error"), run.err());
    }

    @Test
    void plan_missingBlueprint_exitsTwoSayingSo() {
        Run run = plan(tmp.resolve("nope.yaml").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("nope.yaml"), run.err());
    }

    @Test
    void plan_unknownFormat_exitsTwoWithUsageHint() {
        Run run = plan("--format", "yaml");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--format"), run.err());
        assertTrue(run.err().contains("plan --help"), run.err());
    }

    @Test
    void help_plan_listsExitCodesAndExamples() {
        Run run = plan("--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("Exit codes:"), run.out());
        assertTrue(run.out().contains("Examples:"), run.out());
        assertTrue(run.out().contains("3 "), run.out());
    }
}
