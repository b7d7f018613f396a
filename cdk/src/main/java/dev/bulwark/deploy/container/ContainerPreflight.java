package dev.bulwark.deploy.container;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.Container;
import dev.bulwark.deploy.DeployException;
import dev.bulwark.deploy.aws.AwsErrors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.lightsail.model.ContainerServicePower;

import java.util.List;

/**
 * Container mode's own preflight, on top of the account check both modes share: no placeholder image, a power
 * Lightsail offers, and room for one more Lightsail certificate. All read-only.
 */
public final class ContainerPreflight {
    private ContainerPreflight() {
    }

    /** Offline, so it runs before any AWS call: a sample blueprint's all-zero digest can never be pulled. */
    public static void requireRealImages(Blueprint blueprint) {
        Container container = blueprint.container();
        if (container.hasPlaceholderImage()) {
            String image = Container.isPlaceholder(container.gatewayImage()) ? container.gatewayImage()
                    : container.proxyImage();
            throw DeployException.usage("image " + image + " in " + blueprint.file() + " still carries the"
                    + " placeholder digest: build and push the gateway image (`bulwark image-context`, see"
                    + " docs/containers.md) and put the real digests of both images into `container:`");
        }
    }

    public static void requirePower(LightsailClient lightsail, Blueprint blueprint) {
        List<ContainerServicePower> powers;
        try {
            powers = lightsail.getContainerServicePowers(b -> { }).powers();
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "listing Lightsail container service powers in " + blueprint.region());
        }
        String wanted = blueprint.container().power();
        boolean offered = powers.stream().anyMatch(p -> wanted.equals(p.name()) && !Boolean.FALSE.equals(p.isActive()));
        if (!offered) {
            throw DeployException.usage("container power '" + wanted + "' is not offered in " + blueprint.region()
                    + ": set `container.power` in " + blueprint.file() + " to one of " + String.join(", ",
                    powers.stream().filter(p -> !Boolean.FALSE.equals(p.isActive())).map(ContainerServicePower::name)
                            .sorted().toList()));
        }
    }
}
