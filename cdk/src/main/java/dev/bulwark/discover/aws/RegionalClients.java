package dev.bulwark.discover.aws;

import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.lightsail.LightsailClient;

/**
 * The SDK clients of one region. The inventory takes this seam, so tests hand in their own implementations of the
 * SDK client interfaces (there is no AWS control plane here); {@link SdkRegionalClients} builds the real ones.
 */
public interface RegionalClients extends AutoCloseable {
    LightsailClient lightsail(String region);

    Ec2Client ec2(String region);

    @Override
    void close();
}
