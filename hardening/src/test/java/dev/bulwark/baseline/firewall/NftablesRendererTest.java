package dev.bulwark.baseline.firewall;

import dev.bulwark.baseline.BaselineFixtures;
import dev.bulwark.baseline.RealTool;
import dev.bulwark.blueprint.Admin;
import dev.bulwark.policy.HardeningPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NftablesRendererTest {
    private final HardeningPolicy policy = HardeningPolicy.defaults();
    private final NftablesRenderer renderer = new NftablesRenderer(policy);

    @Test
    void render_anyAdmin_dropsInboundAndForwardByDefault() {
        String rules = renderer.render(BaselineFixtures.withAdminNetworks().admin()).content();
        assertTrue(rules.contains("type filter hook input priority filter; policy drop;"), rules);
        assertTrue(rules.contains("type filter hook forward priority filter; policy drop;"), rules);
        assertTrue(rules.startsWith("#!/usr/sbin/nft -f") && rules.contains("\nflush ruleset\n"), rules);
    }

    @Test
    void render_adminNetworks_admitsSshOnlyFromThem() {
        String rules = renderer.render(BaselineFixtures.withAdminNetworks().admin()).content();
        assertTrue(rules.contains("elements = { 203.0.113.0/24, 198.51.100.7/32 }"), rules);
        assertTrue(rules.contains("elements = { 2001:db8::/48 }"), rules);
        assertTrue(rules.contains("ip saddr @admin_ssh_ipv4 tcp dport 22 accept"), rules);
        assertTrue(rules.contains("ip6 saddr @admin_ssh_ipv6 tcp dport 22 accept"), rules);
        assertEquals(2, rules.lines().filter(l -> l.contains("dport 22")).count(), rules);
    }

    @Test
    void render_noAdminNetworks_hasNoSshRule() {
        String rules = renderer.render(BaselineFixtures.withoutAdminNetworks().admin()).content();
        assertFalse(rules.contains("dport 22"), rules);
        assertTrue(rules.contains("# SSH: closed"), rules);
    }

    @Test
    void render_anyAdmin_admitsProxyPortOnlyFromPrivateNetworkAndNeverTheGateway() {
        String rules = renderer.render(BaselineFixtures.withAdminNetworks().admin()).content();
        int proxyPort = policy.instance().proxyPort();
        assertEquals(List.of("ip saddr @load_balancer_ipv4 tcp dport " + proxyPort + " accept"),
                rules.lines().map(String::strip).filter(l -> l.contains("dport " + proxyPort)).toList());
        assertTrue(rules.contains("elements = { " + String.join(", ", policy.instance().privateNetworkCidrs()) + " }"));
        for (int port : policy.gatewayFamilyPorts(18789)) {
            assertFalse(rules.contains("dport " + port + " "), "gateway family port " + port + " admitted");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.0/24; flush ruleset", "any", "10.0.0.0/8 }"})
    void render_cidrNotACidr_isRefused(String cidr) {
        Admin admin = new Admin(List.of(cidr), List.of(), Optional.empty(), "ubuntu");
        assertThrows(IllegalArgumentException.class, () -> renderer.render(admin));
    }

    @Test
    void render_deployNetworksOnly_admitsSshFromThemAlone() {
        Admin admin = new Admin(List.of(), List.of(), Optional.empty(), "ubuntu",
                List.of("198.51.100.0/24"), List.of("2001:db8:5678::/48"));
        String rules = renderer.render(admin).content();
        assertTrue(rules.contains("elements = { 198.51.100.0/24 }"), rules);
        assertTrue(rules.contains("elements = { 2001:db8:5678::/48 }"), rules);
        assertEquals(2, rules.lines().filter(l -> l.contains("dport 22")).count(), rules);
    }

    @Test
    void render_adminAndDeployNetworks_admitsSshFromTheirUnionOnce() {
        String rules = renderer.render(adminAndDeploy()).content();
        assertTrue(rules.contains("elements = { 203.0.113.0/24, 192.0.2.0/24 }"), rules);
        assertTrue(rules.contains("elements = { 2001:db8::/48, 2001:db8:5678::/48 }"), rules);
        assertEquals(2, rules.lines().filter(l -> l.contains("dport 22")).count(), rules);
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "none", "adminAndDeploy"})
    void nftCheck_renderedRuleset_isAcceptedByRealNft(String networks, @TempDir Path dir) {
        String nft = RealTool.require("nft", "nftables");
        Admin admin = switch (networks) {
            case "admin" -> BaselineFixtures.withAdminNetworks().admin();
            case "none" -> BaselineFixtures.withoutAdminNetworks().admin();
            default -> adminAndDeploy();
        };
        Path file = RealTool.write(dir, "nftables.conf", renderer.render(admin).content());

        RealTool.Result check = RealTool.run(List.of(nft, "-c", "-f", file.toString()));
        if (check.exitCode() != 0 && check.output().contains("Operation not permitted")) {
            // Not root: check inside a user and network namespace of our own.
            String unshare = RealTool.require("unshare", "util-linux");
            check = RealTool.run(List.of(unshare, "-rn", nft, "-c", "-f", file.toString()));
            if (check.exitCode() != 0 && check.output().contains("Operation not permitted")) {
                RealTool.unavailable("nft -c needs CAP_NET_ADMIN or user namespaces: " + check.output().strip());
            }
        }
        assertEquals(0, check.exitCode(), check.output());
    }

    /** Deploy lists repeat one admin block, which must appear once. */
    private static Admin adminAndDeploy() {
        return new Admin(List.of("203.0.113.0/24"), List.of("2001:db8::/48"), Optional.empty(), "ubuntu",
                List.of("192.0.2.0/24", "203.0.113.0/24"), List.of("2001:db8:5678::/48"));
    }
}
