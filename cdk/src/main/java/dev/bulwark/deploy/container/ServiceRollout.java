package dev.bulwark.deploy.container;

import dev.bulwark.deploy.Console;
import dev.bulwark.deploy.DeployException;
import dev.bulwark.deploy.aws.AwsErrors;
import dev.bulwark.deploy.aws.Polling;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.lightsail.model.ContainerService;
import software.amazon.awssdk.services.lightsail.model.ContainerServiceDeployment;
import software.amazon.awssdk.services.lightsail.model.ContainerServiceDeploymentState;
import software.amazon.awssdk.services.lightsail.model.ContainerServiceState;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Waits, up to a deadline, for the container service to be {@code RUNNING} with its current deployment
 * {@code ACTIVE}: CloudFormation may finish before Lightsail has pulled and started the containers, and reports
 * success even when the new deployment FAILED (its handler calls RUNNING or READY stable). So the newest
 * deployment Lightsail lists must be the current one; a failed deployment stops with where to read the logs.
 */
public final class ServiceRollout {
    private final LightsailClient lightsail;
    private final Console console;
    private final Polling polling;

    public ServiceRollout(LightsailClient lightsail, Console console, Polling polling) {
        this.lightsail = lightsail;
        this.console = console;
        this.polling = polling;
    }

    /** The service as {@code GetContainerServices} has it now. */
    public static ContainerService read(LightsailClient lightsail, String serviceName) {
        List<ContainerService> services;
        try {
            services = lightsail.getContainerServices(b -> b.serviceName(serviceName)).containerServices();
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "reading container service " + serviceName);
        }
        return services.stream().findFirst().orElseThrow(() -> DeployException.environment("Lightsail has no"
                + " container service " + serviceName + ": run deploy again to re-create it"));
    }

    /** @return the running service, its newest deployment the current one and active */
    public ContainerService awaitRunning(String serviceName, Duration timeout) {
        String[] last = {""};
        Optional<ContainerService> running = polling.until(ContainerService.class, () -> read(lightsail, serviceName),
                service -> {
                    if (running(serviceName, service)) {
                        return true;
                    }
                    String now = describe(service);
                    if (!now.equals(last[0])) {
                        console.line("  " + now + "...");
                        last[0] = now;
                    }
                    return false;
                }, timeout);
        ContainerService service = running.orElseThrow(() -> DeployException.environment("container service "
                + serviceName + " is not running after " + timeout.toMinutes() + " min (" + last[0] + "): run deploy"
                + " again to keep waiting, or read `aws lightsail get-container-log --service-name " + serviceName
                + " --container-name gateway`"));
        console.line("Container service " + serviceName + ": " + describe(service) + ".");
        return service;
    }

    /** Running its newest deployment; a FAILED deployment stops the wait at once. */
    private boolean running(String serviceName, ContainerService service) {
        ContainerServiceDeployment current = service.currentDeployment();
        ContainerServiceDeployment next = service.nextDeployment();
        Optional<ContainerServiceDeployment> newest = newest(serviceName);
        Optional<ContainerServiceDeployment> failed = Stream.of(next, newest.orElse(null), current)
                .filter(d -> d != null && d.state() == ContainerServiceDeploymentState.FAILED).findFirst();
        if (failed.isPresent()) {
            // CloudFormation's handler calls RUNNING or READY stable, so its UPDATE_COMPLETE does not mean the
            // new containers run: Lightsail keeps serving the previous deployment when the new one fails.
            throw DeployException.environment("deployment " + failed.get().version() + " of container service "
                    + serviceName + " FAILED although CloudFormation completed (service " + service.stateAsString()
                    + detail(service) + (current != null && current != failed.get() ? ", still serving deployment "
                    + current.version() : "") + "): read why with `aws lightsail get-container-log --service-name "
                    + serviceName + " --container-name gateway` (and --container-name proxy), fix the image or"
                    + " blueprint and deploy again");
        }
        boolean newestIsCurrent = current != null && newest.map(d -> d.version().equals(current.version()))
                .orElse(true);
        return service.state() == ContainerServiceState.RUNNING && current != null
                && current.state() == ContainerServiceDeploymentState.ACTIVE && next == null && newestIsCurrent;
    }

    private static String describe(ContainerService service) {
        ContainerServiceDeployment current = service.currentDeployment();
        ContainerServiceDeployment next = service.nextDeployment();
        return "service " + service.stateAsString() + detail(service) + ", deployment "
                + (current == null ? "none yet" : current.version() + " " + current.stateAsString())
                + (next == null ? "" : ", next " + next.version() + " " + next.stateAsString());
    }

    /** The highest-numbered deployment Lightsail lists: the one this rollout made, whatever became of it. */
    private Optional<ContainerServiceDeployment> newest(String serviceName) {
        try {
            return lightsail.getContainerServiceDeployments(b -> b.serviceName(serviceName)).deployments().stream()
                    .filter(d -> d.version() != null).max(Comparator.comparing(ContainerServiceDeployment::version));
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "listing the deployments of container service " + serviceName);
        }
    }

    private static String detail(ContainerService service) {
        return service.stateDetail() == null || service.stateDetail().codeAsString() == null ? ""
                : " " + service.stateDetail().codeAsString();
    }
}
