package dev.bulwark.blueprint;

import static dev.bulwark.blueprint.Blueprints.minimalPlus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Valid blueprints load into the right values and locations; weakening choices become warnings. */
class BlueprintLoaderTest {
    @TempDir
    Path dir;

    @Test
    void load_defaultBlueprint_hasNoProblemsAndNoWarnings() throws BlueprintException {
        Blueprint b = new BlueprintLoader().load(Blueprints.DEFAULT);

        assertEquals(List.of(), b.warnings());
        assertEquals("openclaw-prod", b.name());
        assertEquals("us-east-1", b.region());
        assertEquals("medium_3_0", b.bundle());
        assertEquals(new Agent("openclaw", "2026.9.6", 18789), b.agent());
        assertEquals("agent.example.com", b.domain().name());
        assertFalse(b.admin().sshOpen());
        assertEquals(Optional.empty(), b.admin().publicKey());
        assertEquals(new Tls("TLS-FS-Res-1-2-2019-08", true), b.tls());
        assertTrue(b.network().ipv4Only());
        assertEquals(List.of(new Secrets.ProviderKey("anthropic", "openclaw-prod/anthropic-api-key",
                "ANTHROPIC_API_KEY")), b.secrets().providerKeys());
        assertEquals(6, b.snapshots().autoSnapshotHour());
        assertEquals(Map.of("owner", "platform-team", "project", "openclaw"), b.tags());
    }

    @Test
    void load_minimalBlueprint_fillsEveryDefault() throws BlueprintException {
        Blueprint b = Blueprints.load(dir, minimalPlus());

        assertEquals(Mode.INSTANCE, b.mode());
        assertEquals("medium_3_0", b.bundle());
        assertEquals("us-east-1a", b.availabilityZone());
        assertEquals(new Agent("openclaw", "2026.9.6", 18789), b.agent());
        assertEquals(new Domain("agent.example.com", List.of()), b.domain());
        assertEquals(new Admin(List.of(), List.of(), Optional.empty(), "ubuntu"), b.admin());
        assertEquals(new Tls("TLS-FS-Res-1-2-2019-08", true), b.tls());
        assertEquals(new Network("ipv4"), b.network());
        assertEquals(new Secrets("openclaw-test/gateway-token", List.of()), b.secrets());
        assertEquals(new Snapshots(6), b.snapshots());
        assertEquals(Map.of(), b.tags());
        assertEquals(List.of(), b.warnings());
    }

    @Test
    void load_emptyOptionalValues_takeTheirDefaults() throws BlueprintException {
        Blueprint b = Blueprints.load(dir, minimalPlus("bundle:", "admin:", "  publicKey: \"\"", "tls: ~"));

        assertEquals("medium_3_0", b.bundle());
        assertEquals(Optional.empty(), b.admin().publicKey());
        assertEquals("TLS-FS-Res-1-2-2019-08", b.tls().policy());
    }

    @Test
    void load_dualstack_isNotIpv4Only() throws BlueprintException {
        Blueprint b = Blueprints.load(dir, minimalPlus("network:", "  ipAddressType: dualstack"));

        assertEquals("dualstack", b.network().ipAddressType());
        assertFalse(b.network().ipv4Only());
        assertEquals(List.of(), b.warnings());
    }

    @Test
    void load_sshOpenToOneNetworkWithKey_loadsWithoutWarnings() throws BlueprintException {
        String key = OpenSshKeys.ed25519();
        Blueprint b = Blueprints.load(dir, minimalPlus(
                "admin:",
                "  user: deploy",
                "  sshCidrs:",
                "    - 203.0.113.0/24",
                "  sshIpv6Cidrs: [\"2001:db8:1234::/48\"]",
                "  publicKey: " + key));

        assertTrue(b.admin().sshOpen());
        assertEquals(List.of("203.0.113.0/24"), b.admin().sshCidrs());
        assertEquals(List.of("2001:db8:1234::/48"), b.admin().sshIpv6Cidrs());
        assertEquals(Optional.of(key), b.admin().publicKey());
        assertEquals("deploy", b.admin().user());
        assertEquals(List.of(), b.warnings());
        assertLocation(b, "admin.sshCidrs", 9, 3);
        assertLocation(b, "admin.sshCidrs[0]", 10, 7);
        assertLocation(b, "admin.sshIpv6Cidrs[0]", 11, 18);
        assertLocation(b, "admin.publicKey", 12, 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecdsa", "rsa3072"})
    void load_otherAcceptedKeyTypes_load(String type) throws BlueprintException {
        String key = type.equals("ecdsa") ? OpenSshKeys.ecdsaP256() : OpenSshKeys.rsa(3072);

        Blueprint b = Blueprints.load(dir, minimalPlus("admin:", "  publicKey: \"" + key + "\""));

        assertEquals(Optional.of(key), b.admin().publicKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026.9.6", "2026.1.24-1", "2026.10.2-beta.3", "2026.12.31"})
    void load_exactReleaseVersions_areAccepted(String version) throws BlueprintException {
        Blueprint b = Blueprints.load(dir, minimalPlus().replace("2026.9.6", version));

        assertEquals(version, b.agent().version());
    }

    @Test
    void load_severalProviderKeys_keepsOrderAndLocations() throws BlueprintException {
        Blueprint b = Blueprints.load(dir, minimalPlus(
                "secrets:",
                "  gatewayToken: team/gw",
                "  providerKeys:",
                "    - provider: anthropic",
                "      secretName: team/anthropic",
                "      env: ANTHROPIC_API_KEY",
                "    - {provider: openai, secretName: team/openai, env: OPENAI_API_KEY}",
                "    - provider: google",
                "      secretName: team/google",
                "      env: GEMINI_API_KEY"));

        assertEquals("team/gw", b.secrets().gatewayToken());
        assertEquals(List.of(
                new Secrets.ProviderKey("anthropic", "team/anthropic", "ANTHROPIC_API_KEY"),
                new Secrets.ProviderKey("openai", "team/openai", "OPENAI_API_KEY"),
                new Secrets.ProviderKey("google", "team/google", "GEMINI_API_KEY")), b.secrets().providerKeys());
        assertLocation(b, "secrets.providerKeys[0]", 10, 7);
        assertLocation(b, "secrets.providerKeys[1]", 13, 7);
        assertLocation(b, "secrets.providerKeys[1].env", 13, 51);
        assertLocation(b, "secrets.providerKeys[2].secretName", 15, 7);
    }

    @Test
    void load_skillsAllowlist_keepsOrderDigestsAndLocations() throws BlueprintException {
        String digest = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        Blueprint b = Blueprints.load(dir, Blueprints.lines(
                "name: openclaw-test",
                "region: us-east-1",
                "agent:",
                "  version: 2026.9.6",
                "  skills:",
                "    - name: weather",
                "      sha256: " + digest,
                "    - {name: acme/calendar.sync_2, sha256: " + digest.replace('a', 'b') + "}",
                "domain:",
                "  name: agent.example.com"));

        assertEquals(List.of(new Skill("weather", digest), new Skill("acme/calendar.sync_2", digest.replace('a', 'b'))),
                b.agent().skills());
        assertLocation(b, "agent.skills", 5, 3);
        assertLocation(b, "agent.skills[0].name", 6, 7);
        assertLocation(b, "agent.skills[0].sha256", 7, 7);
        assertLocation(b, "agent.skills[1].sha256", 8, 36);
        assertEquals(List.of(), b.warnings());
    }

    @Test
    void load_everything_locatesEveryFieldAndFallsBackToTheParent() throws BlueprintException {
        Blueprint b = new BlueprintLoader().load(Blueprints.DEFAULT);

        for (String path : List.of("name", "region", "mode", "bundle", "agent", "agent.version", "agent.port",
                "domain.name", "domain.alternativeNames", "admin.user", "admin.sshCidrs", "admin.sshIpv6Cidrs",
                "tls.policy", "tls.httpsRedirect", "network.ipAddressType", "secrets.gatewayToken",
                "secrets.providerKeys[0].env", "snapshots.autoSnapshotHour", "tags.owner")) {
            assertTrue(b.source().exact(path).isPresent(), path);
        }
        assertEquals(b.source().exact("admin").orElseThrow(), b.source().locate("admin.publicKey"));
        assertEquals(Blueprints.DEFAULT, b.file());
    }

    @Test
    void load_sshOpenToTheWorld_isValidButWarns() throws BlueprintException {
        Blueprint b = Blueprints.load(dir, minimalPlus(
                "admin:",
                "  sshCidrs: [0.0.0.0/0]",
                "  sshIpv6Cidrs: [\"::/0\"]",
                "  publicKey: " + OpenSshKeys.ed25519()));

        assertEquals(2, b.warnings().size(), b.warnings()::toString);
        SourceProblem v4 = b.warnings().get(0);
        assertEquals("admin.sshCidrs[0]", v4.path());
        assertEquals("0.0.0.0/0 opens SSH to the whole internet", v4.message());
        assertEquals("name your admin network or leave it empty", v4.hint());
        assertEquals(8, v4.location().line());
        assertEquals(14, v4.location().column());
        assertEquals("admin.sshIpv6Cidrs[0]", b.warnings().get(1).path());
        assertEquals("::/0 opens SSH to the whole internet", b.warnings().get(1).message());
    }

    @Test
    void load_deployNetworks_readIntoAdminWithoutWarningsAndLeaveSshClosed() throws BlueprintException {
        Blueprint b = Blueprints.load(dir, minimalPlus(
                "admin:",
                "  deployCidrs: [198.51.100.0/24]",
                "  deployIpv6Cidrs: [\"2001:db8:5678::/48\"]"));

        assertEquals(List.of("198.51.100.0/24"), b.admin().deployCidrs());
        assertEquals(List.of("2001:db8:5678::/48"), b.admin().deployIpv6Cidrs());
        assertEquals(List.of(), b.admin().sshCidrs());
        assertFalse(b.admin().sshOpen());
        assertEquals(List.of(), b.warnings());
        assertLocation(b, "admin.deployCidrs[0]", 8, 17);
    }

    @Test
    void load_deployOpenToTheWorld_isValidButWarnsTheHostFirewallAdmitsAnyone() throws BlueprintException {
        Blueprint b = Blueprints.load(dir, minimalPlus(
                "admin:",
                "  deployCidrs: [0.0.0.0/0]",
                "  deployIpv6Cidrs: [\"::/0\"]"));

        assertEquals(2, b.warnings().size(), b.warnings()::toString);
        assertEquals("admin.deployCidrs[0]", b.warnings().get(0).path());
        assertEquals("0.0.0.0/0 lets the host firewall admit SSH from anywhere", b.warnings().get(0).message());
        assertEquals("admin.deployIpv6Cidrs[0]", b.warnings().get(1).path());
        assertEquals("::/0 lets the host firewall admit SSH from anywhere", b.warnings().get(1).message());
    }

    @Test
    void load_weakeningChoices_eachBecomeAWarning() throws BlueprintException {
        Blueprint b = Blueprints.load(dir, minimalPlus(
                "admin:",
                "  sshCidrs: [4.0.0.0/6]",
                "tls:",
                "  policy: TLS-2016-08",
                "  httpsRedirect: false"));

        List<String> warnings = b.warnings().stream().map(w -> w.path() + ": " + w.message()).toList();
        assertEquals(List.of(
                "admin.sshCidrs: SSH is open but no publicKey is set, so the instance keeps the Lightsail default key pair",
                "admin.sshCidrs[0]: 4.0.0.0/6 opens SSH to a large part of the internet (wider than /8)",
                "tls.policy: TLS-2016-08 still allows TLS 1.0 and 1.1",
                "tls.httpsRedirect: plain HTTP is served instead of being redirected to HTTPS"), warnings);
        assertEquals("TLS-2016-08", b.tls().policy());
        assertFalse(b.tls().httpsRedirect());
    }

    @Test
    void load_manyMistakes_reportsAllOfThemInFileOrder() {
        String yaml = Blueprints.lines(
                "name: OpenClaw",                      // 1
                "region: mars-1",                      // 2
                "bundle: micro_3_0",                   // 3
                "agent:",                              // 4
                "  version: latest",                   // 5
                "  port: 22",                          // 6
                "domain:",                             // 7
                "  name: agent.example.com",           // 8
                "admin:",                              // 9
                "  user: root",                        // 10
                "  sshCidrs: [10.1.2.3/16]",           // 11
                "tls: {policy: SSL3}",                 // 12
                "snapshots: {autoSnapshotHour: -1}",   // 13
                "colour: blue");                       // 14

        BlueprintException e = Blueprints.failure(dir, yaml);

        List<String> got = e.problems().stream()
                .map(p -> p.location().line() + ":" + p.location().column() + " " + p.path()).toList();
        assertEquals(List.of("1:7 name", "2:9 region", "3:9 bundle", "5:12 agent.version", "6:9 agent.port",
                "10:9 admin.user", "11:14 admin.sshCidrs[0]", "12:15 tls.policy", "13:31 snapshots.autoSnapshotHour",
                "14:1 colour"), got);
        assertTrue(e.getMessage().startsWith("10 problems in blueprint"), e::getMessage);
    }

    @Test
    void load_secretsMaxAgeDays_isKept() throws BlueprintException {
        Blueprint b = Blueprints.load(dir, minimalPlus("secrets:", "  maxAgeDays: 90"));

        assertEquals(java.util.OptionalInt.of(90), b.secrets().maxAgeDays());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "3651", "ninety"})
    void load_secretsMaxAgeDaysOutOfRange_isAProblemAtItsLine(String days) {
        BlueprintException e = Blueprints.failure(dir, minimalPlus("secrets:", "  maxAgeDays: " + days));

        assertEquals(List.of("secrets.maxAgeDays"), e.problems().stream().map(p -> p.path()).toList());
    }

    private static void assertLocation(Blueprint b, String path, int line, int column) {
        SourceLocation at = b.source().exact(path).orElseThrow(() -> new AssertionError("no location for " + path));
        assertEquals(line + ":" + column, at.line() + ":" + at.column(), path);
    }
}
