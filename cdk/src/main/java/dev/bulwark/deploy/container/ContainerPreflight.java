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

    /**
     * A private Amazon ECR image cannot be pulled by the first deployment: the stack sends no private registry
     * access, and CloudFormation's container handler creates the deployment before it enables the ECR image puller
     * role (whose principal the repository policy needs, and which exists only with the service).
     */
    public static void requirePullableImages(Blueprint blueprint) {
        for (String image : List.of(blueprint.container().gatewayImage(), blueprint.container().proxyImage())) {
            if (PRIVATE_ECR.matcher(image).lookingAt()) {
                throw DeployException.usage("image " + image + " in " + blueprint.file() + " is in a private Amazon"
                        + " ECR repository, which a Lightsail container service cannot pull on its first deployment"
                        + " through CloudFormation: push it to a registry the service pulls without credentials"
                        + " (e.g. public.ecr.aws or a public ghcr.io package), pinned by digest");
            }
        }
    }

    private static final java.util.regex.Pattern PRIVATE_ECR =
            java.util.regex.Pattern.compile("\\d{12}\\.dkr\\.ecr\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?/");

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
