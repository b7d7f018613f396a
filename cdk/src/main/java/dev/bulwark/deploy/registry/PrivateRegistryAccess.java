package dev.bulwark.deploy.registry;

import dev.bulwark.deploy.Console;
import dev.bulwark.deploy.DeployException;
import dev.bulwark.deploy.aws.AwsErrors;
import dev.bulwark.deploy.aws.Polling;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.RepositoryNotFoundException;
import software.amazon.awssdk.services.ecr.model.RepositoryPolicyNotFoundException;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.lightsail.model.ContainerService;
import software.amazon.awssdk.services.lightsail.model.InvalidInputException;
import software.amazon.awssdk.services.lightsail.model.NotFoundException;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Lets a container service pull its private Amazon ECR images: reads the principal of the service's ECR image
 * puller role ({@code GetContainerServices}: {@code privateRegistryAccess.ecrImagePullerRole}) and merges a
 * {@link PullStatement} for it into each repository's policy ({@code GetRepositoryPolicy},
 * {@code SetRepositoryPolicy}), keeping every other statement. Running it again changes nothing.
 */
public final class PrivateRegistryAccess {
    private final LightsailClient lightsail;
    private final EcrClient ecr;
    private final Console console;
    private final Polling polling;

    public PrivateRegistryAccess(LightsailClient lightsail, EcrClient ecr, Console console, Polling polling) {
        this.lightsail = lightsail;
        this.ecr = ecr;
        this.console = console;
        this.polling = polling;
    }

    /** The puller role's principal when the service exists with the role active; read-only. */
    public Optional<String> activePrincipal(String serviceName) {
        return service(serviceName).flatMap(PrivateRegistryAccess::principal);
    }

    /**
     * Waits until the service's puller role is active and names its principal (CloudFormation's handler turns it on
     * in the update after the create).
     */
    public String awaitPrincipal(String serviceName, Duration timeout) {
        console.line("Waiting for the ECR image puller role of container service " + serviceName + "...");
        Optional<ContainerService> ready = polling.until(ContainerService.class,
                () -> service(serviceName).orElse(ContainerService.builder().build()),
                service -> principal(service).isPresent(), timeout);
        String principal = ready.flatMap(PrivateRegistryAccess::principal).orElseThrow(() -> DeployException
                .environment("the ECR image puller role of container service " + serviceName + " is not active"
                        + " after " + timeout.toMinutes() + " min, so it cannot be granted pull on the repository:"
                        + " check `aws lightsail get-container-services --service-name " + serviceName + "`"
                        + " (privateRegistryAccess) and run deploy again; no deployment was made"));
        console.line("Image puller role active: " + principal + ".");
        return principal;
    }

    /** Grants {@code principal} pull on the repository of each image, one policy statement each. */
    public void grant(String serviceName, String principal, List<EcrImage> images) {
        PullStatement statement = new PullStatement(serviceName, principal);
        for (EcrImage image : images.stream().distinct().toList()) {
            Optional<String> current = policy(image, statement);
            Optional<String> merged;
            try {
                merged = statement.mergeInto(current);
            } catch (IllegalArgumentException e) {
                throw DeployException.environment("the repository policy of " + image.describe() + " cannot be"
                        + " read (" + e.getMessage() + "): fix it, or add this statement to it, then run deploy"
                        + " again: " + statement.render());
            }
            if (merged.isEmpty()) {
                console.line("Repository " + image.repository() + ": its policy already lets the service pull"
                        + " (statement " + statement.sid() + ").");
                continue;
            }
            try {
                ecr.setRepositoryPolicy(b -> b.registryId(image.account()).repositoryName(image.repository())
                        .policyText(merged.get()));
            } catch (SdkException e) {
                throw byHand(e, "setting the repository policy of " + image.describe(), statement);
            }
            console.line("Repository " + image.repository() + ": granted the service pull (statement "
                    + statement.sid() + "; ecr:BatchGetImage, ecr:GetDownloadUrlForLayer; other statements kept).");
        }
    }

    private Optional<String> policy(EcrImage image, PullStatement statement) {
        try {
            return Optional.ofNullable(ecr.getRepositoryPolicy(b -> b.registryId(image.account())
                    .repositoryName(image.repository())).policyText());
        } catch (RepositoryPolicyNotFoundException e) {
            return Optional.empty();
        } catch (RepositoryNotFoundException e) {
            throw DeployException.environment("ECR has no repository " + image.describe() + " for image "
                    + image.image() + ": push the image there first (docs/containers.md), then run deploy again");
        } catch (SdkException e) {
            throw byHand(e, "reading the repository policy of " + image.describe(), statement);
        }
    }

    /** What AWS said, and the statement to add by hand when deploy may not. */
    private static DeployException byHand(SdkException e, String action, PullStatement statement) {
        DeployException translated = AwsErrors.translate(e, action);
        return new DeployException(DeployException.Kind.ENVIRONMENT, translated.getMessage() + ". Or add this"
                + " statement to the repository policy yourself, then run deploy again (it resumes): "
                + statement.render(), e);
    }

    private Optional<ContainerService> service(String serviceName) {
        try {
            return lightsail.getContainerServices(b -> b.serviceName(serviceName)).containerServices().stream()
                    .findFirst();
        } catch (NotFoundException | InvalidInputException e) {
            return Optional.empty(); // both mean "no such service", as the handler's own pre-create check reads them
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "reading container service " + serviceName);
        }
    }

    private static Optional<String> principal(ContainerService service) {
        return Optional.ofNullable(service.privateRegistryAccess()).map(a -> a.ecrImagePullerRole())
                .filter(role -> Boolean.TRUE.equals(role.isActive()))
                .map(role -> role.principalArn()).filter(arn -> !arn.isBlank());
    }
}
