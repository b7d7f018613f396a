package dev.bulwark.deploy;

import dev.bulwark.deploy.registry.EcrImage;
import software.amazon.awssdk.services.lightsail.model.ContainerService;
import software.amazon.awssdk.services.lightsail.model.ContainerServiceDeployment;
import software.amazon.awssdk.services.lightsail.model.CreateContainerServiceDeploymentRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Part of the Lightsail seam double: one container service's state as Lightsail keeps it, its ECR image puller
 * role (a principal exists only while the role is active, and a new one each time it is turned on) and its
 * deployments. A deployment whose private ECR image the role may not pull FAILS, as Lightsail's would.
 */
final class LiveContainerService {
    static final String URL = "https://openclaw-cs.abc123.us-east-1.cs.amazonlightsail.com/";
    final String name;
    final List<ContainerServiceDeployment> deployments = new ArrayList<>();
    private boolean pullerActive;
    private String principal;
    private int activations;

    LiveContainerService(String name) {
        this.name = name;
    }

    void pullerRole(boolean active) {
        if (active && !pullerActive) {
            activations++;
            principal = "arn:aws:iam::123456789012:role/amazon/lightsail/us-east-1/containers/" + name
                    + "/private-repo-access/" + activations;
        }
        if (!active) {
            principal = null;
        }
        pullerActive = active;
    }

    /** @return what happened, for the timeline: the deployment's version and state, and why it failed */
    Optional<String> deploy(CreateContainerServiceDeploymentRequest request, BiPredicate<String, String> canPull) {
        int version = deployments.size() + 1;
        Optional<String> unpullable = request.containers().values().stream().map(c -> c.image())
                .filter(image -> EcrImage.parse(image).isPresent())
                .filter(image -> !pullerActive || !canPull.test(principal, EcrImage.parse(image).get().repository()))
                .findFirst();
        deployments.add(ContainerServiceDeployment.builder().version(version)
                .state(unpullable.isPresent() ? "FAILED" : "ACTIVE").containers(request.containers())
                .publicEndpoint(e -> e.containerName(request.publicEndpoint() == null ? null
                        : request.publicEndpoint().containerName()))
                .build());
        return Optional.of("Deployment " + version + (unpullable.map(image -> " FAILED: cannot pull " + image)
                .orElse(" ACTIVE")));
    }

    ContainerService toService() {
        Optional<ContainerServiceDeployment> current = deployments.stream()
                .filter(d -> "ACTIVE".equals(d.stateAsString())).reduce((a, b) -> b);
        return ContainerService.builder().containerServiceName(name).power("small").scale(1).url(URL)
                .state(current.isPresent() ? "RUNNING" : "READY").currentDeployment(current.orElse(null))
                .privateRegistryAccess(a -> a.ecrImagePullerRole(r -> r.isActive(pullerActive)
                        .principalArn(principal)))
                .build();
    }
}
