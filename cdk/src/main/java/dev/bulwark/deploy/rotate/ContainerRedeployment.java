package dev.bulwark.deploy.rotate;

import dev.bulwark.deploy.Console;
import dev.bulwark.deploy.DeployException;
import dev.bulwark.deploy.aws.AwsErrors;
import dev.bulwark.deploy.container.ServiceRollout;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.lightsail.model.ContainerService;
import software.amazon.awssdk.services.lightsail.model.ContainerServiceDeployment;
import software.amazon.awssdk.services.lightsail.model.ContainerServiceEndpoint;
import software.amazon.awssdk.services.lightsail.model.EndpointRequest;

import java.time.Duration;

/**
 * Container mode's delivery: the gateway reads its secrets from Secrets Manager when its container starts, so a
 * new value reaches it with a new deployment. The deployment is the current one again (same images by digest, same
 * environment, same public endpoint and health check), created with {@code CreateContainerServiceDeployment}; then
 * {@link ServiceRollout} waits until that newest deployment is the active one (a FAILED one stops with where to
 * read the logs, and Lightsail keeps serving the previous deployment). No synthesis and no change set: the
 * stack's template does not change, so the next {@code deploy} stays a no-op.
 */
public final class ContainerRedeployment implements TokenDelivery {
    private final LightsailClient lightsail;
    private final Console console;
    private final ServiceRollout rollout;
    private final String serviceName;
    private final Duration timeout;

    public ContainerRedeployment(LightsailClient lightsail, Console console, ServiceRollout rollout,
                                 String serviceName, Duration timeout) {
        this.lightsail = lightsail;
        this.console = console;
        this.rollout = rollout;
        this.serviceName = serviceName;
        this.timeout = timeout;
    }

    @Override
    public void deliverCurrent() {
        ContainerService service = ServiceRollout.read(lightsail, serviceName);
        ContainerServiceDeployment current = service.currentDeployment();
        if (current == null || current.containers().isEmpty()) {
            throw DeployException.environment("container service " + serviceName + " has no current deployment to"
                    + " start again: run `bulwark deploy` first");
        }
        console.line("Starting a new deployment of container service " + serviceName + " (the same as deployment "
                + current.version() + ") so the gateway reads the secret's new current value at start...");
        try {
            lightsail.createContainerServiceDeployment(b -> b.serviceName(serviceName)
                    .containers(current.containers()).publicEndpoint(endpoint(current.publicEndpoint())));
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "creating a new deployment of container service " + serviceName);
        }
        console.line("Waiting for the new deployment of " + serviceName + " to become active (up to "
                + timeout.toMinutes() + " min)...");
        rollout.awaitRunning(serviceName, timeout);
    }

    private static EndpointRequest endpoint(ContainerServiceEndpoint endpoint) {
        return endpoint == null ? null : EndpointRequest.builder().containerName(endpoint.containerName())
                .containerPort(endpoint.containerPort()).healthCheck(endpoint.healthCheck()).build();
    }
}
