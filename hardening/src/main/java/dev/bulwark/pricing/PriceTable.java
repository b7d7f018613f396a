package dev.bulwark.pricing;

import dev.bulwark.policy.ShippedYaml;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** Lightsail list prices recorded on a date, shipped with bulwark so {@code plan} works offline. */
public record PriceTable(String recorded, String currency, Map<String, BundlePrice> bundles,
                         String containerPowersRecorded, Map<String, BigDecimal> containerPowers,
                         BigDecimal loadBalancer, BigDecimal staticIpAttached, BigDecimal certificate,
                         BigDecimal secretsManagerPerSecret, BigDecimal snapshotPerGiB,
                         BigDecimal snapshotStoredShareOfDisk) {

    public record BundlePrice(BigDecimal monthly, BigDecimal ramGiB, int diskGiB) {
    }

    /** Monthly price of one node of a container service power ({@code small}, {@code medium}, ...). */
    public Optional<BigDecimal> containerPower(String power) {
        return Optional.ofNullable(containerPowers.get(power));
    }

    public Optional<BundlePrice> bundle(String bundleId) {
        return Optional.ofNullable(bundles.get(bundleId));
    }

    /** The table shipped in the jar. */
    public static PriceTable shipped() {
        return ShippedYaml.read(PriceTable.class, "lightsail-prices.yaml", PriceTable.class);
    }
}
