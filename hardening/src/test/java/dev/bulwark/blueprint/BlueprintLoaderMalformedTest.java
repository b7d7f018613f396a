package dev.bulwark.blueprint;

import static dev.bulwark.blueprint.Blueprints.minimalPlus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One mistake per blueprint: exactly one problem, at the right path, line and column, saying the right thing. */
class BlueprintLoaderMalformedTest {
    @TempDir
    Path dir;

    static Stream<Arguments> malformed() {
        return Stream.of(
                arguments("name not lower-case", withLine(1, "name: OpenClaw_Prod"), "name", "1:7", "write `openclaw-prod`"),
                arguments("name missing", without(1), "name", "1:1", "missing required field `name`"),
                arguments("name empty", withLine(1, "name:"), "name", "1:1", "required field is empty"),
                arguments("region misspelt", withLine(2, "region: us-east1"), "region", "2:9", "did you mean `us-east-1`?"),
                arguments("unknown mode", minimalPlus("mode: lambda"), "mode", "7:7", "mode: container"),
                arguments("container section in instance mode", minimalPlus("container:", "  power: small"),
                        "container", "8:3", "only read in container mode"),
                arguments("bundle too small", minimalPlus("bundle: nano_3_0"), "bundle", "7:9", "less than 2 GB"),
                arguments("bundle unknown", minimalPlus("bundle: medium"), "bundle", "7:9", "unknown bundle"),
                arguments("zone of another region", minimalPlus("availabilityZone: us-west-2a"), "availabilityZone",
                        "7:19", "must be a zone of us-east-1"),
                arguments("version latest", withLine(4, "  version: latest"), "agent.version", "4:12", "moving tag"),
                arguments("version range", withLine(4, "  version: ^2026.9.6"), "agent.version", "4:12",
                        "ranges are not allowed"),
                arguments("version leading zeros", withLine(4, "  version: 2026.09.06"), "agent.version", "4:12",
                        "write 2026.9.6"),
                arguments("port 443", withLine(4, "  version: 2026.9.6\n  port: 443"), "agent.port", "5:9",
                        "outside 1024-65535"),
                arguments("port quoted", withLine(4, "  version: 2026.9.6\n  port: \"18789\""), "agent.port", "5:9",
                        "expected a whole number, got a string"),
                arguments("agent kind", withLine(4, "  version: 2026.9.6\n  kind: hermes"), "agent.kind", "5:9",
                        "unknown agent kind"),
                arguments("agent key typo", withLine(4, "  version: 2026.9.6\n  portt: 18789"), "agent.portt", "5:3",
                        "did you mean `port`?"),
                arguments("agent not a mapping", withLine(3, "agent: openclaw").replace("  version: 2026.9.6\n", ""),
                        "agent", "3:8", "expected a mapping, got a string"),
                arguments("wildcard domain", withLine(6, "  name: \"*.example.com\""), "domain.name", "6:9", "wildcard"),
                arguments("upper-case domain", withLine(6, "  name: Agent.Example.com"), "domain.name", "6:9",
                        "write `agent.example.com`"),
                arguments("one-label domain", withLine(6, "  name: localhost"), "domain.name", "6:9",
                        "at least two labels"),
                arguments("ten alternative names", minimalPlus("  alternativeNames: [a.example.com, b.example.com, "
                        + "c.example.com, d.example.com, e.example.com, f.example.com, g.example.com, h.example.com, "
                        + "i.example.com, j.example.com]"), "domain.alternativeNames", "7:21", "at most 9"),
                arguments("alternative repeats name", minimalPlus("  alternativeNames: [agent.example.com]"),
                        "domain.alternativeNames[0]", "7:22", "repeats domain.name"),
                arguments("root admin", minimalPlus("admin:", "  user: root"), "admin.user", "8:9", "root is not allowed"),
                arguments("host bits set", minimalPlus("admin:", "  sshCidrs: [203.0.113.7/24]"), "admin.sshCidrs[0]",
                        "8:14", "did you mean `203.0.113.0/24`?"),
                arguments("cidr without prefix", minimalPlus("admin:", "  sshCidrs: [203.0.113.7]"), "admin.sshCidrs[0]",
                        "8:14", "203.0.113.7/32"),
                arguments("cidrs not a list", minimalPlus("admin:", "  sshCidrs: 10.0.0.0/8"), "admin.sshCidrs", "8:13",
                        "expected a list, got a string"),
                arguments("IPv4 in the IPv6 list", minimalPlus("admin:", "  sshIpv6Cidrs: [10.0.0.0/8]"),
                        "admin.sshIpv6Cidrs[0]", "8:18", "IPv4 block"),
                arguments("IPv6 host bits", minimalPlus("admin:", "  sshIpv6Cidrs: [\"2001:db8::1/48\"]"),
                        "admin.sshIpv6Cidrs[0]", "8:18", "did you mean `2001:db8::/48`?"),
                arguments("deploy host bits set", minimalPlus("admin:", "  deployCidrs: [203.0.113.7/24]"),
                        "admin.deployCidrs[0]", "8:17", "did you mean `203.0.113.0/24`?"),
                arguments("deploy cidrs not a list", minimalPlus("admin:", "  deployCidrs: 10.0.0.0/8"),
                        "admin.deployCidrs", "8:16", "expected a list, got a string"),
                arguments("IPv4 in the deploy IPv6 list", minimalPlus("admin:", "  deployIpv6Cidrs: [10.0.0.0/8]"),
                        "admin.deployIpv6Cidrs[0]", "8:21", "IPv4 block"),
                arguments("DSA key", minimalPlus("admin:", "  publicKey: ssh-dss AAAAB3NzaC1kc3M= me@host"),
                        "admin.publicKey", "8:14", "DSA"),
                arguments("short RSA key", minimalPlus("admin:", "  publicKey: " + OpenSshKeys.rsa(2048)),
                        "admin.publicKey", "8:14", "at least 3072"),
                arguments("mislabelled key", minimalPlus("admin:", "  publicKey: " + OpenSshKeys.mislabelled()),
                        "admin.publicKey", "8:14", "different type"),
                arguments("key not base64", minimalPlus("admin:", "  publicKey: ssh-ed25519 not*base64 me@host"),
                        "admin.publicKey", "8:14", "not a valid ssh-ed25519 key"),
                arguments("unknown TLS policy", minimalPlus("tls:", "  policy: TLS-1-2-2017-01"), "tls.policy", "8:11",
                        "known policies: TLS-2016-08, TLS-FS-Res-1-2-2019-08, TLS-FS-1-2-Res-2019-08"),
                arguments("skill digest in upper case", withSkills("    - name: weather", "      sha256: "
                                + DIGEST.toUpperCase(java.util.Locale.ROOT)),
                        "agent.skills[0].sha256", "7:15", "not a SHA-256 digest"),
                arguments("skill digest too short", withSkills("    - {name: weather, sha256: abc123}"),
                        "agent.skills[0].sha256", "6:31", "64 lower-case hex"),
                arguments("skill name with a space", withSkills("    - name: my skill", "      sha256: " + DIGEST),
                        "agent.skills[0].name", "6:13", "not a skill name"),
                arguments("skill name with two slashes", withSkills("    - {name: a/b/c, sha256: " + DIGEST + "}"),
                        "agent.skills[0].name", "6:14", "optionally owner/name"),
                arguments("skill without digest", withSkills("    - name: weather"),
                        "agent.skills[0].sha256", "6:7", "missing required field `sha256`"),
                arguments("duplicate skill", withSkills("    - name: weather", "      sha256: " + DIGEST,
                                "    - name: weather", "      sha256: " + DIGEST.replace('a', 'b')),
                        "agent.skills[1].name", "8:13", "already listed at line 6"),
                arguments("41 skills", withSkills(fortyOneSkills()), "agent.skills", "6:5", "at most 40"),
                arguments("redirect as a string", minimalPlus("tls:", "  httpsRedirect: \"yes\""), "tls.httpsRedirect",
                        "8:18", "expected true or false, got a string"),
                arguments("IPv6-only network", minimalPlus("network: {ipAddressType: ipv6}"), "network.ipAddressType",
                        "7:26", "unknown IP address type"),
                arguments("bad secret name", minimalPlus("secrets:", "  gatewayToken: \"my token\""),
                        "secrets.gatewayToken", "8:17", "not a Secrets Manager secret name"),
                arguments("lower-case env", minimalPlus("secrets:", "  providerKeys:", "    - provider: openai",
                        "      secretName: test/openai", "      env: openai_api_key"),
                        "secrets.providerKeys[0].env", "11:12", "environment variable name"),
                arguments("duplicate env", minimalPlus("secrets:", "  providerKeys:", "    - provider: openai",
                        "      secretName: test/openai", "      env: OPENAI_API_KEY", "    - provider: azure",
                        "      secretName: test/azure", "      env: OPENAI_API_KEY"),
                        "secrets.providerKeys[1].env", "14:12", "already used at line 11"),
                arguments("provider key without secretName", minimalPlus("secrets:", "  providerKeys:",
                        "    - provider: openai", "      env: OPENAI_API_KEY"),
                        "secrets.providerKeys[0].secretName", "9:7", "missing required field `secretName`"),
                arguments("snapshot hour 24", minimalPlus("snapshots:", "  autoSnapshotHour: 24"),
                        "snapshots.autoSnapshotHour", "8:21", "not 0-23"),
                arguments("aws: tag", minimalPlus("tags:", "  aws:owner: me"), "tags.aws:owner", "8:3", "reserved"),
                arguments("numeric tag value", minimalPlus("tags: {cost-center: 1234}"), "tags.cost-center", "7:21",
                        "expected a string, got a whole number"),
                arguments("field in the wrong section", minimalPlus("sshCidrs: []"), "sshCidrs", "7:1",
                        "did you mean `sshCidrs` under `admin`?"),
                arguments("YAML tag", minimalPlus("bundle: !custom small_3_0"), "bundle", "7:9", "YAML tags"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void load_malformedBlueprint_reportsOneLocatedProblem(String description, String yaml, String path,
                                                          String lineColumn, String fragment) {
        BlueprintException e = Blueprints.failure(dir, yaml);

        List<SourceProblem> problems = e.problems();
        assertEquals(1, problems.size(), () -> "expected one problem, got:\n" + e.getMessage());
        SourceProblem p = problems.get(0);
        assertEquals(path, p.path(), e::getMessage);
        assertEquals(lineColumn, p.location().line() + ":" + p.location().column(), e::getMessage);
        assertTrue(p.toString().contains(fragment), () -> "`" + fragment + "` not in: " + p);
        assertTrue(p.location().file().getFileName().toString().startsWith("blueprint"), p::toString);
    }

    private static final String DIGEST = "0123456789abcdef".repeat(4);

    /** MINIMAL with {@code agent.skills:} on line 5 and {@code items} from line 6. */
    private static String withSkills(String... items) {
        return withLine(4, "  version: 2026.9.6\n  skills:\n" + String.join("\n", items));
    }

    private static String[] fortyOneSkills() {
        return java.util.stream.IntStream.range(0, 41)
                .mapToObj(i -> "    - {name: skill-" + i + ", sha256: " + DIGEST + "}").toArray(String[]::new);
    }

    private static String withLine(int line, String text) {
        List<String> lines = new ArrayList<>(Blueprints.MINIMAL);
        lines.set(line - 1, text);
        return String.join("\n", lines) + "\n";
    }

    private static String without(int line) {
        List<String> lines = new ArrayList<>(Blueprints.MINIMAL);
        lines.remove(line - 1);
        return String.join("\n", lines) + "\n";
    }
}
