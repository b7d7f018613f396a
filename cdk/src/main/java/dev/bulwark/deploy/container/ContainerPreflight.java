package dev.bulwark.deploy.container;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.Container;
import dev.bulwark.deploy.DeployException;
import dev.bulwark.deploy.aws.AwsErrors;
import dev.bulwark.deploy.registry.EcrImage;
import dev.bulwark.cdk.container.RegistryAccess;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.lightsail.model.ContainerServicePower;

import java.util.List;
import java.util.Optional;

/**
 * Container mode's own preflight, on top of the account check both modes share: no placeholder image, private ECR
 * images only in the service's region and account, a power Lightsail offers, and room for one more Lightsail
 * certificate. All read-only.
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

    /**
     * Offline: a container service pulls private Amazon ECR images only from its own region (its image puller role
     * is granted pull by the repository policy, which deploy sets between the stack's two phases).
     */
    public static void requireEcrInServiceRegion(Blueprint blueprint) {
        for (EcrImage image : privateEcrImages(blueprint)) {
            if (!image.region().equals(blueprint.region())) {
                throw DeployException.usage("image " + image.image() + " in " + blueprint.file() + " is in the"
                        + " private ECR registry of " + image.region() + ", but the container service runs in "
                        + blueprint.region() + " and Lightsail pulls private ECR images only from its own region:"
                        + " push the image to ECR in " + blueprint.region() + " (or replicate the repository there)"
                        + " and use that reference");
            }
        }
    }

    /**
     * A Lightsail container service pulls private ECR images only from a repository of its own account: the
     * repository policy names the service's principal, which deploy can only set in the account it deploys to.
     */
    public static void requireEcrInAccount(Blueprint blueprint, String account) {
        for (EcrImage image : privateEcrImages(blueprint)) {
            if (!image.account().equals(account)) {
                throw DeployException.environment("image " + image.image() + " is in the private ECR registry of"
                        + " account " + image.account() + ", but deploy runs in account " + account + ": a"
                        + " Lightsail container service pulls private ECR images only from its own account. Push"
                        + " the image to ECR of account " + account + " in " + blueprint.region() + ", or deploy"
                        + " with credentials of account " + image.account());
            }
        }
    }

    /** The blueprint's images in private ECR repositories (none for public images). */
    public static List<EcrImage> privateEcrImages(Blueprint blueprint) {
        return RegistryAccess.privateEcrImages(blueprint.container()).stream().map(EcrImage::parse)
                .flatMap(Optional::stream).toList();
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
