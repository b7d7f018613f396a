package dev.bulwark.deploy.status;

import dev.bulwark.deploy.StackRollout;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.cdk.instance.InstanceStack;
import dev.bulwark.cdk.instance.InstanceStackOutputs;
import dev.bulwark.deploy.aws.AwsClients;
import dev.bulwark.deploy.aws.AwsErrors;
import dev.bulwark.deploy.certificate.CertificateStatus;
import dev.bulwark.deploy.certificate.CertificateReader;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.lightsail.model.Instance;
import software.amazon.awssdk.services.lightsail.model.InstancePortState;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * {@code bulwark status}: reads, never changes, the stack, its resources, the certificate, the firewall and
 * instance settings as Lightsail applies them, and what the last deploy and verify from this machine recorded.
 */
public final class StatusReader {
    private final AwsClients aws;
    private final Clock clock;

    public StatusReader(AwsClients aws, Clock clock) {
        this.aws = aws;
        this.clock = clock;
    }

    public StatusReport read(Blueprint blueprint, Path stateRoot) {
        StatusSources sources = StatusSources.read(aws, clock, InstanceStack.stackIdFor(blueprint), stateRoot,
                blueprint.name());
        String stackName = sources.stackName();
        LocalRecord local = sources.local();
        Optional<Stack> stack = sources.stack();
        if (stack.isEmpty()) {
            return new StatusReport(stackName, "NOT_DEPLOYED", List.of(), Optional.empty(), List.of(),
                    Optional.empty(), local);
        }
        List<StatusReport.Resource> resources;
        try {
            resources = aws.cloudFormation().describeStackResources(b -> b.stackName(stackName)).stackResources()
                    .stream().map(r -> new StatusReport.Resource(r.logicalResourceId(), r.resourceType(),
                            r.resourceStatusAsString())).toList();
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "listing the resources of stack " + stackName);
        }
        Optional<String> instanceName = StackRollout.output(stack.get(), InstanceStackOutputs.INSTANCE_NAME);
        return new StatusReport(stackName, stack.get().stackStatusAsString(), resources,
                certificate(stack.get()), instanceName.map(this::firewall).orElse(List.of()),
                instanceName.flatMap(name -> instance(name, baseline(stack.get()))), local);
    }

    private Optional<String> certificate(Stack stack) {
        Optional<String> loadBalancer = StackRollout.output(stack, InstanceStackOutputs.LOAD_BALANCER_NAME);
        Optional<String> certificate = StackRollout.output(stack, InstanceStackOutputs.CERTIFICATE_NAME);
        if (loadBalancer.isEmpty() || certificate.isEmpty()) {
            return Optional.empty();
        }
        CertificateStatus status = CertificateReader.status(aws.lightsail(), loadBalancer.get(), certificate.get());
        return Optional.of(status.describe(certificate.get(),
                StackRollout.output(stack, InstanceStackOutputs.CERTIFICATE_PHASE).orElse("unknown")));
    }

    private List<String> firewall(String instanceName) {
        try {
            return aws.lightsail().getInstancePortStates(b -> b.instanceName(instanceName)).portStates().stream()
                    .map(StatusReader::render).toList();
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "reading the firewall of instance " + instanceName);
        }
    }

    /** {@code , baseline 1a2b…, generation 2} from the stack outputs deploy compares the blueprint with. */
    private static String baseline(Stack stack) {
        return StackRollout.output(stack, InstanceStackOutputs.BASELINE_DIGEST).map(d -> ", baseline " + d).orElse("")
                + StackRollout.output(stack, InstanceStackOutputs.INSTANCE_GENERATION).map(g -> ", generation " + g)
                .orElse("");
    }

    private Optional<String> instance(String instanceName, String baseline) {
        try {
            Instance instance = aws.lightsail().getInstance(b -> b.instanceName(instanceName)).instance();
            String tokens = instance.metadataOptions() == null ? "unknown"
                    : instance.metadataOptions().httpTokensAsString();
            return Optional.of(instanceName + " " + instance.state().name() + ", IMDS tokens " + tokens
                    + ("required".equals(tokens) ? " (IMDSv2)" : " (IMDSv1 allowed: run deploy again)")
                    + ", IP " + instance.ipAddressTypeAsString() + baseline);
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "reading instance " + instanceName);
        }
    }

    private static String render(InstancePortState port) {
        String range = port.fromPort().equals(port.toPort()) ? String.valueOf(port.fromPort())
                : port.fromPort() + "-" + port.toPort();
        List<String> sources = new java.util.ArrayList<>(port.cidrs());
        sources.addAll(port.ipv6Cidrs());
        return port.protocolAsString() + " " + range + " " + port.stateAsString() + " from "
                + (sources.isEmpty() ? "nowhere" : String.join(", ", sources));
    }
}
