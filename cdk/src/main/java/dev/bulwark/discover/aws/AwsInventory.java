package dev.bulwark.discover.aws;

import java.util.Comparator;
import java.util.List;

/**
 * What {@code discover --aws} found, sorted.
 *
 * @param regions   the regions read
 * @param resources the gateway candidates, by region, kind and name
 * @param failures  regions or services that could not be read
 */
public record AwsInventory(List<String> regions, List<CloudResource> resources, List<RegionFailure> failures) {
    public AwsInventory {
        regions = regions.stream().sorted().toList();
        resources = resources.stream().sorted(Comparator.comparing(CloudResource::region)
                .thenComparing(CloudResource::kind).thenComparing(CloudResource::name)).toList();
        failures = failures.stream().sorted(Comparator.comparing(RegionFailure::region)
                .thenComparing(RegionFailure::service)).toList();
    }

    /** Whether every region and service was read. */
    public boolean complete() {
        return failures.isEmpty();
    }
}
