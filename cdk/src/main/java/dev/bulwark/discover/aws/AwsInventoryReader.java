package dev.bulwark.discover.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * {@code discover --aws}: every chosen region's Lightsail and EC2 gateway candidates. The region list comes from
 * Lightsail's GetRegions (asked in {@value #HOME_REGION}) unless named. A region or service that fails (opted out,
 * access denied, still throttled after the SDK's retries) is reported as a {@link RegionFailure}, and the other
 * regions are still read.
 */
public final class AwsInventoryReader {
    public static final String HOME_REGION = "us-east-1";

    private final RegionalClients clients;

    public AwsInventoryReader(RegionalClients clients) {
        this.clients = clients;
    }

    /** @param regions the regions to read, or empty for every Lightsail region */
    public AwsInventory read(Optional<List<String>> regions) {
        List<RegionFailure> failures = new ArrayList<>();
        List<String> chosen;
        if (regions.isPresent()) {
            chosen = regions.get();
        } else {
            try {
                chosen = clients.lightsail(HOME_REGION).getRegions(r -> { }).regions().stream()
                        .map(r -> r.nameAsString()).toList();
            } catch (SdkException e) {
                failures.add(new RegionFailure(HOME_REGION, "lightsail", "GetRegions failed, so no region was read: "
                        + message(e)));
                return new AwsInventory(List.of(), List.of(), failures);
            }
        }
        List<CloudResource> found = new ArrayList<>();
        for (String region : chosen) {
            try {
                found.addAll(LightsailInventory.read(region, clients.lightsail(region)));
            } catch (SdkException e) {
                failures.add(new RegionFailure(region, "lightsail", message(e)));
            }
            try {
                found.addAll(Ec2Inventory.read(region, clients.ec2(region)));
            } catch (SdkException e) {
                failures.add(new RegionFailure(region, "ec2", message(e)));
            }
        }
        return new AwsInventory(chosen, found, failures);
    }

    private static String message(SdkException e) {
        if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            String code = service.awsErrorDetails().errorCode();
            String text = service.awsErrorDetails().errorMessage();
            return (code == null ? "" : code + ": ") + (text == null ? "" : text);
        }
        return e.getMessage();
    }
}
