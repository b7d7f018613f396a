package dev.bulwark.deploy;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.Mode;
import dev.bulwark.deploy.aws.AwsClients;
import dev.bulwark.deploy.aws.Polling;
import dev.bulwark.deploy.instance.InstanceReplacement;
import dev.bulwark.deploy.snapshot.InstanceSnapshots;
import dev.bulwark.deploy.certificate.CertificateValidation;
import dev.bulwark.deploy.certificate.DnsRecordWriter;
import dev.bulwark.deploy.container.ContainerMode;
import dev.bulwark.deploy.registry.PrivateRegistryAccess;
import dev.bulwark.deploy.container.ContainerPreflight;
import dev.bulwark.deploy.container.ServiceRollout;
import dev.bulwark.deploy.hostsecrets.CredentialDelivery;
import dev.bulwark.deploy.hostsecrets.DeployNetworks;
import dev.bulwark.deploy.hostsecrets.PublicAddressLookup;
import dev.bulwark.deploy.instance.InstanceMode;
import dev.bulwark.deploy.pipeline.DeployMode;
import dev.bulwark.deploy.pipeline.DeployPipeline;
import dev.bulwark.deploy.preflight.Preflight;
import dev.bulwark.secret.Secret;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * {@code bulwark deploy}: checks the options offline, reads the provider keys once, picks the blueprint's
 * {@link DeployMode} and runs the {@link DeployPipeline}. Every phase is idempotent and recorded in the state
 * file, so an interrupted deploy is resumed by running it again.
 */
public final class Deployer {
    private final AwsClients aws;
    private final Console console;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Preflight.NodeCheck node;
    private final StackSynthesis synthesis;
    private final EndpointVerifier verifier;
    private final WaiterOverrideConfiguration waiting;
    private final Duration pollInterval;
    private final CredentialDelivery delivery;

    public Deployer(AwsClients aws, Console console, Clock clock, Sleeper sleeper, Preflight.NodeCheck node,
                    StackSynthesis synthesis, EndpointVerifier verifier, WaiterOverrideConfiguration waiting,
                    Duration pollInterval, CredentialDelivery delivery) {
        this.aws = aws;
        this.console = console;
        this.clock = clock;
        this.sleeper = sleeper;
        this.node = node;
        this.synthesis = synthesis;
        this.verifier = verifier;
        this.waiting = waiting;
        this.pollInterval = pollInterval;
        this.delivery = delivery;
    }

    public DeployResult deploy(Blueprint blueprint, DeployConfig config) {
        boolean container = blueprint.mode() == Mode.CONTAINER; // the one place deploy branches by mode
        if (container) {
            requireContainerOptions(blueprint, config);
        } else if (config.rotateReaderKey()) {
            throw DeployException.usage("--rotate-reader-key applies to container mode only: an instance reads its"
                    + " secrets with its own role, there is no reader key to rotate");
        }
        Optional<String> givenCidr = container ? Optional.empty() : config.sshFrom()
                .map(address -> DeployNetworks.deployerCidr(blueprint.admin(), address, blueprint.file()));
        // Keys are read before anything changes: a malformed input fails fast, and stdin is consumed before any
        // confirmation prompt could read from it.
        Optional<Map<String, Secret>> keys = config.secrets().map(source -> {
            console.line("Reading provider keys from " + source.description() + "...");
            return source.read(blueprint.secrets().providerKeys());
        });
        try {
            Preflight preflight = new Preflight(aws, node, console);
            DeployMode mode = container
                    ? new ContainerMode(aws, console, preflight, new ServiceRollout(aws.lightsail(), console,
                    polling()), keys, () -> new PrivateRegistryAccess(aws.lightsail(), aws.ecr(), console, polling()))
                    : new InstanceMode(aws, console, preflight, delivery, keys, () -> givenCidr.or(() -> config
                    .sshFromLookup().map(lookup -> detectedCidr(lookup, blueprint))),
                    new InstanceReplacement(aws.lightsail(), console,
                            new InstanceSnapshots(aws.lightsail(), console, polling()), clock));
            return pipeline().run(blueprint, config, mode);
        } finally {
            keys.ifPresent(values -> values.values().forEach(Secret::destroy));
        }
    }

    private DeployPipeline pipeline() {
        StackRollout rollout = new StackRollout(aws, console, clock, sleeper, waiting, pollInterval);
        CertificateValidation certificates = new CertificateValidation(
                new DnsRecordWriter(aws.lightsail(), aws.route53()), console, polling());
        return new DeployPipeline(aws, console, clock, synthesis, rollout, certificates, verifier);
    }

    /** Waits on Lightsail states: {@code pollInterval} apart, unless the injected waiter pacing says otherwise. */
    private Polling polling() {
        return new Polling(waiting.toBuilder().backoffStrategyV2(waiting.backoffStrategyV2()
                .orElse(BackoffStrategy.fixedDelayWithoutJitter(pollInterval))).build());
    }

    /** Offline checks before keys are read or AWS is asked: no SSH, no placeholder image, private ECR in region. */
    private void requireContainerOptions(Blueprint blueprint, DeployConfig config) {
        if (config.sshFrom().isPresent()) {
            throw DeployException.usage("--ssh-from does not apply to container mode: the container service has no"
                    + " SSH and no host to deliver secrets to; drop the option");
        }
        if (config.replaceInstance()) {
            throw DeployException.usage("--replace-instance applies to instance mode only: a container service"
                    + " has no host baseline; drop the option");
        }
        ContainerPreflight.requireRealImages(blueprint);
        ContainerPreflight.requireEcrInServiceRegion(blueprint);
    }

    private String detectedCidr(PublicAddressLookup lookup, Blueprint blueprint) {
        String address = lookup.detect();
        if (address.contains(":")) {
            throw DeployException.environment("your public address was detected as " + address + " (IPv6), but"
                    + " deploy opens SSH to one IPv4 address: pass --ssh-from YOUR.PUBLIC.IPV4");
        }
        console.line("deploying from " + address + " (detected; pass --ssh-from to override)");
        return DeployNetworks.deployerCidr(blueprint.admin(), address, blueprint.file());
    }
}
