package dev.bulwark.pricing;

import dev.bulwark.policy.ShippedYaml;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** Lightsail list prices recorded on a date, shipped with bulwark so {@code plan} works offline. */
public record PriceTable(String recorded, String currency, Map<String, BundlePrice> bundles,
                         BigDecimal loadBalancer, BigDecimal staticIpAttached, BigDecimal certificate,
                         BigDecimal secretsManagerPerSecret, BigDecimal snapshotPerGiB,
                         BigDecimal snapshotStoredShareOfDisk) {

    public record BundlePrice(BigDecimal monthly, BigDecimal ramGiB, int diskGiB) {
    }

    public Optional<BundlePrice> bundle(String bundleId) {
        return Optional.ofNullable(bundles.get(bundleId));
    }

    /** The table shipped in the jar. */
    public static PriceTable shipped() {
        return ShippedYaml.read(PriceTable.class, "lightsail-prices.yaml", PriceTable.class);
    }
}
