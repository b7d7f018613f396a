package dev.bulwark.pricing;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.Container;
import dev.bulwark.blueprint.Mode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Turns a blueprint into a monthly estimate from a {@link PriceTable}; offline, no AWS call. */
public final class CostEstimator {
    private final PriceTable prices;

    public CostEstimator(PriceTable prices) {
        this.prices = prices;
    }

    public CostEstimate estimate(Blueprint blueprint) {
        return blueprint.mode() == Mode.CONTAINER ? containerService(blueprint) : instance(blueprint);
    }

    /** A container service (power x scale), its certificate and the secrets; no load balancer, IP or snapshots. */
    private CostEstimate containerService(Blueprint blueprint) {
        List<CostEstimate.Line> lines = new ArrayList<>();
        Container container = blueprint.container();
        String item = "container service " + container.power();
        BigDecimal perNode = prices.containerPower(container.power()).orElse(null);
        if (perNode == null) {
            lines.add(new CostEstimate.Line(item, container.scale(), BigDecimal.ZERO,
                    "no list price recorded for this power"));
        } else {
            lines.add(new CostEstimate.Line(item, container.scale(),
                    perNode.multiply(BigDecimal.valueOf(container.scale())),
                    perNode.stripTrailingZeros().toPlainString() + " per node; container prices "
                            + prices.containerPowersRecorded()));
        }
        lines.add(new CostEstimate.Line("certificate", 1, prices.certificate(), "Lightsail certificate, custom domain"));
        secrets(blueprint, lines);
        return total(lines);
    }

    private CostEstimate instance(Blueprint blueprint) {
        List<CostEstimate.Line> lines = new ArrayList<>();
        PriceTable.BundlePrice bundle = prices.bundle(blueprint.bundle()).orElse(null);
        if (bundle == null) {
            lines.add(new CostEstimate.Line("instance " + blueprint.bundle(), 1, BigDecimal.ZERO,
                    "no list price recorded for this bundle"));
        } else {
            lines.add(new CostEstimate.Line("instance " + blueprint.bundle(), 1, bundle.monthly(),
                    bundle.ramGiB().stripTrailingZeros().toPlainString() + " GiB RAM, " + bundle.diskGiB()
                            + " GiB disk"));
        }
        lines.add(new CostEstimate.Line("load balancer", 1, prices.loadBalancer(), "TLS termination"));
        lines.add(new CostEstimate.Line("static IP (attached)", 1, prices.staticIpAttached(), "free while attached"));
        lines.add(new CostEstimate.Line("certificate", 1, prices.certificate(), "Lightsail load balancer certificate"));
        secrets(blueprint, lines);
        if (bundle != null) {
            BigDecimal storedGiB = prices.snapshotStoredShareOfDisk().multiply(BigDecimal.valueOf(bundle.diskGiB()));
            lines.add(new CostEstimate.Line("automatic snapshots", 1,
                    storedGiB.multiply(prices.snapshotPerGiB()).setScale(2, RoundingMode.HALF_UP),
                    "estimate: ~" + storedGiB.setScale(0, RoundingMode.HALF_UP) + " GiB stored"));
        }
        return total(lines);
    }

    private void secrets(Blueprint blueprint, List<CostEstimate.Line> lines) {
        int secrets = 1 + blueprint.secrets().providerKeys().size();
        lines.add(new CostEstimate.Line("Secrets Manager secrets", secrets,
                prices.secretsManagerPerSecret().multiply(BigDecimal.valueOf(secrets)), "gateway token + provider keys"));
    }

    private CostEstimate total(List<CostEstimate.Line> lines) {
        BigDecimal total = lines.stream().map(CostEstimate.Line::monthly).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        return new CostEstimate(lines, total, prices.currency(), prices.recorded());
    }
}
