package dev.bulwark.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.blueprint.Admin;
import dev.bulwark.blueprint.Agent;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintSource;
import dev.bulwark.blueprint.Container;
import dev.bulwark.blueprint.Domain;
import dev.bulwark.blueprint.Mode;
import dev.bulwark.blueprint.Network;
import dev.bulwark.blueprint.Secrets;
import dev.bulwark.blueprint.Snapshots;
import dev.bulwark.blueprint.Tls;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CostEstimatorTest {
    private final CostEstimator estimator = new CostEstimator(PriceTable.shipped());

    private static Blueprint blueprint(String bundle, int providerKeys) {
        List<Secrets.ProviderKey> keys = new java.util.ArrayList<>();
        for (int i = 0; i < providerKeys; i++) {
            keys.add(new Secrets.ProviderKey("p" + i, "demo/p" + i, "P" + i + "_KEY"));
        }
        return new Blueprint("demo", "us-east-1", Mode.INSTANCE, bundle, "us-east-1a",
                new Agent("openclaw", "2026.9.6", 18789), new Domain("agent.example.com", List.of()),
                new Admin(List.of(), List.of(), Optional.empty(), "ubuntu"),
                new Tls("TLS-FS-Res-1-2-2019-08", true), new Network("ipv4"),
                new Secrets("demo/gateway-token", keys), new Snapshots(6), Map.of(),
                new BlueprintSource(Path.of("demo.yaml"), Map.of()), List.of());
    }

    @Test
    void estimate_mediumBundleOneProviderKey_sumsEveryLine() {
        CostEstimate estimate = estimator.estimate(blueprint("medium_3_0", 1));
        // 24 instance + 18 load balancer + 2 x 0.40 secrets + 80 GiB x 0.25 x 0.05 snapshots = 43.80
        assertEquals(new BigDecimal("43.80"), estimate.monthlyTotal());
        assertEquals("USD", estimate.currency());
        assertFalse(estimate.pricesRecorded().isBlank());
    }

    @Test
    void estimate_moreProviderKeys_chargesPerSecret() {
        BigDecimal one = estimator.estimate(blueprint("medium_3_0", 1)).monthlyTotal();
        BigDecimal three = estimator.estimate(blueprint("medium_3_0", 3)).monthlyTotal();
        assertEquals(new BigDecimal("0.80"), three.subtract(one));
    }

    @Test
    void estimate_unknownBundle_saysSoInsteadOfInventingAPrice() {
        CostEstimate estimate = estimator.estimate(blueprint("huge_9_9", 0));
        assertTrue(estimate.lines().get(0).note().contains("no list price"));
        assertEquals(BigDecimal.ZERO, estimate.lines().get(0).monthly());
    }

    private static Blueprint containerBlueprint(String power, int scale) {
        return new Blueprint("demo-cs", "us-east-1", Mode.CONTAINER, null, null,
                new Agent("openclaw", "2026.9.6", 18789), new Domain("agent.example.com", List.of()),
                null, null, null, new Secrets("demo/gateway-token",
                        List.of(new Secrets.ProviderKey("anthropic", "demo/anthropic", "ANTHROPIC_API_KEY"))),
                null, new Container(power, scale, "ghcr.io/x/gw@" + Container.PLACEHOLDER_DIGEST,
                        "nginx@" + Container.PLACEHOLDER_DIGEST), Map.of(),
                new BlueprintSource(Path.of("demo.yaml"), Map.of()), List.of());
    }

    @Test
    void estimate_containerService_chargesPowerTimesScaleAndNoInstanceItems() {
        CostEstimate estimate = estimator.estimate(containerBlueprint("medium", 3));
        // 3 nodes x 80 medium + 2 x 0.40 secrets (certificate free) = 240.80
        assertEquals(new BigDecimal("240.80"), estimate.monthlyTotal());
        assertEquals("container service medium", estimate.lines().get(0).item());
        assertEquals(3, estimate.lines().get(0).quantity());
        assertTrue(estimate.lines().stream().noneMatch(l -> l.item().contains("load balancer")
                || l.item().contains("snapshot") || l.item().contains("static IP")), estimate.lines().toString());
    }

    @Test
    void estimate_containerPowers_matchTheRecordedTable() {
        PriceTable table = PriceTable.shipped();
        Map<String, String> expected = Map.of("nano", "7", "micro", "10", "small", "40", "medium", "80",
                "large", "160", "xlarge", "320");
        expected.forEach((power, usd) -> assertEquals(0, new BigDecimal(usd)
                .compareTo(table.containerPower(power).orElseThrow()), power));
        assertFalse(table.containerPowersRecorded().isBlank());
        assertEquals(BigDecimal.ZERO, estimator.estimate(containerBlueprint("giant", 1)).lines().get(0).monthly());
    }
}
