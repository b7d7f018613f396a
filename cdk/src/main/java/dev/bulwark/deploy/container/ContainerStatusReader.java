package dev.bulwark.deploy.container;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.cdk.container.ContainerStackOutputs;
import dev.bulwark.deploy.StackRollout;
import dev.bulwark.deploy.aws.AwsClients;
import dev.bulwark.deploy.state.DeployState;
import dev.bulwark.deploy.status.LocalRecord;
import dev.bulwark.deploy.status.StatusSources;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.lightsail.model.Container;
import software.amazon.awssdk.services.lightsail.model.ContainerService;
import software.amazon.awssdk.services.lightsail.model.ContainerServiceDeployment;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code bulwark status} for a container blueprint: reads, never changes, the stack, the service as Lightsail runs
 * it (environment variable names only: values are dropped on reading), the certificate and the local state.
 */
public final class ContainerStatusReader {
    private final AwsClients aws;
    private final Clock clock;

    public ContainerStatusReader(AwsClients aws, Clock clock) {
        this.aws = aws;
        this.clock = clock;
    }

    public ContainerStatusReport read(Blueprint blueprint, Path stateRoot) {
        StatusSources sources = StatusSources.read(aws, clock, StackRollout.stackNameFor(blueprint), stateRoot,
                blueprint.name());
        String stackName = sources.stackName();
        LocalRecord local = sources.local();
        int serial = sources.state().map(DeployState::readerKeySerial).orElse(DeployState.FIRST_READER_KEY_SERIAL);
        Optional<Stack> stack = sources.stack();
        if (stack.isEmpty()) {
            return new ContainerStatusReport(stackName, "NOT_DEPLOYED", Optional.empty(), Optional.empty(),
                    Optional.empty(), serial, local);
        }
        Optional<ContainerStatusReport.Service> service = StackRollout.output(stack.get(),
                ContainerStackOutputs.SERVICE_NAME).map(name -> view(ServiceRollout.read(aws.lightsail(), name)));
        return new ContainerStatusReport(stackName, stack.get().stackStatusAsString(), service,
                certificate(stack.get()), StackRollout.output(stack.get(), ContainerStackOutputs.REGISTRY_ACCESS),
                serial, local);
    }

    private Optional<String> certificate(Stack stack) {
        return StackRollout.output(stack, ContainerStackOutputs.CERTIFICATE_NAME).map(name -> ServiceCertificates
                .status(aws.lightsail(), name).describe(name,
                        StackRollout.output(stack, ContainerStackOutputs.CERTIFICATE_PHASE).orElse("unknown")));
    }

    static ContainerStatusReport.Service view(ContainerService service) {
        ContainerServiceDeployment current = service.currentDeployment();
        List<ContainerStatusReport.ContainerView> containers = new ArrayList<>();
        if (current != null) {
            for (Map.Entry<String, Container> entry : new TreeMap<>(current.containers()).entrySet()) {
                Container c = entry.getValue();
                containers.add(new ContainerStatusReport.ContainerView(entry.getKey(), c.image(),
                        new TreeMap<>(c.portsAsStrings()).entrySet().stream()
                                .map(p -> p.getKey() + "/" + p.getValue()).toList(),
                        List.copyOf(c.environment().keySet()))); // names only; values stay behind
            }
        }
        List<String> domains = service.publicDomainNames().values().stream().flatMap(List::stream).sorted().toList();
        return new ContainerStatusReport.Service(service.containerServiceName(), service.stateAsString(),
                service.powerAsString(), service.scale() == null ? 0 : service.scale(), service.url(), domains,
                Optional.ofNullable(current).map(d -> "version " + d.version() + " " + d.stateAsString()),
                containers);
    }
}
