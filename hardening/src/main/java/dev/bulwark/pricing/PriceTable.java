package dev.bulwark.pricing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = PriceTable.class.getResourceAsStream("lightsail-prices.yaml")) {
            if (in == null) {
                throw new IllegalStateException("lightsail-prices.yaml is missing from the bulwark-hardening jar");
            }
            return yaml.readValue(in, PriceTable.class);
        } catch (IOException e) {
            throw new UncheckedIOException("lightsail-prices.yaml could not be read", e);
        }
    }
}
