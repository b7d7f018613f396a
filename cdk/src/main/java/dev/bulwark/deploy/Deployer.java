package dev.bulwark.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.Mode;
import dev.bulwark.cdk.instance.CertificatePhase;
import dev.bulwark.cdk.instance.DeploySteps;
import dev.bulwark.cdk.instance.InstanceStackOutputs;
import dev.bulwark.deploy.aws.AwsClients;
import dev.bulwark.deploy.certificate.CertificateValidation;
import dev.bulwark.deploy.certificate.DnsRecordWriter;
import dev.bulwark.deploy.changeset.ChangeSetDiff;
import dev.bulwark.deploy.container.ContainerDeployer;
import dev.bulwark.deploy.container.ContainerPreflight;
import dev.bulwark.deploy.hostsecrets.CredentialDelivery;
import dev.bulwark.deploy.hostsecrets.DeployNetworks;
import dev.bulwark.deploy.hostsecrets.HostSecretDelivery;
import dev.bulwark.deploy.hostsecrets.PublicAddressLookup;
import dev.bulwark.deploy.poststeps.PostCreateSteps;
import dev.bulwark.deploy.preflight.CertificateQuota;
import dev.bulwark.deploy.preflight.Preflight;
import dev.bulwark.deploy.preflight.RetainedSecrets;
import dev.bulwark.deploy.secrets.ProviderKeyDeposit;
import dev.bulwark.deploy.state.DeployPhase;
import dev.bulwark.deploy.state.DeployState;
import dev.bulwark.deploy.state.DeployStateFile;
import dev.bulwark.secret.Secret;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.services.cloudformation.model.Stack;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code bulwark deploy}: preflight, change set shown and confirmed, stack events followed, certificate validated
 * and attached, provider keys stored, post-create steps, verify. Every phase is idempotent and recorded in the
 * state file, so an interrupted deploy is resumed by running it again.
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
    /** Set when a change set adds or replaces the instance: credentials delivered earlier are gone with it. */
    private boolean newHost;

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
        Optional<String> sshCidr = container ? Optional.empty() : config.sshFrom()
                .map(HostSecretDelivery::singleAddressCidr); // usage errors first
        sshCidr.ifPresent(cidr -> DeployNetworks.requireInside(blueprint.admin(), cidr, blueprint.file()));
        // Keys are read before anything changes: a malformed input fails fast, and stdin is consumed before any
        // confirmation prompt could read from it.
        Optional<Map<String, Secret>> keys = config.secrets().map(source -> {
            console.line("Reading provider keys from " + source.description() + "...");
            return source.read(blueprint.secrets().providerKeys());
        });
        try {
            newHost = false;
            return container ? new ContainerDeployer(aws, console, clock, sleeper, node, synthesis, verifier,
                    rollout(), pollInterval).deploy(blueprint, config, keys)
                    : deploy(blueprint, config, sshCidr, keys);
        } finally {
            keys.ifPresent(values -> values.values().forEach(Secret::destroy));
        }
    }

    /** Offline checks before keys are read or AWS is asked: no SSH in container mode, no placeholder image. */
    private void requireContainerOptions(Blueprint blueprint, DeployConfig config) {
        if (config.sshFrom().isPresent()) {
            throw DeployException.usage("--ssh-from does not apply to container mode: the container service has no"
                    + " SSH and no host to deliver secrets to; drop the option");
        }
        ContainerPreflight.requireRealImages(blueprint);
    }

    private DeployResult deploy(Blueprint blueprint, DeployConfig config, Optional<String> givenSshCidr,
                                Optional<Map<String, Secret>> keys) {
        new Preflight(aws, node, console).check(blueprint);
        // Looked up once the account and inputs are known good, and still before anything changes.
        Optional<String> sshCidr = givenSshCidr.or(() -> config.sshFromLookup()
                .map(lookup -> detectedCidr(lookup, blueprint)));
        DeployStateFile stateFile = DeployStateFile.forBlueprint(config.stateRoot(), blueprint.name());
        String endpoint = "https://" + blueprint.domain().name();
        StackRollout rollout = rollout();
        Optional<DeployState> previous = stateFile.read();
        previous.ifPresent(s -> console.line("Resuming: the last deploy reached '" + s.phase().label() + "' at "
                + s.updated() + "; every phase is checked against AWS again."));

        Optional<Stack> existing = rollout.describe(stackNameFor(blueprint));
        if (existing.isEmpty()) {
            CertificateQuota.check(aws.lightsail(), blueprint.region()); // a new stack requests a new certificate
            RetainedSecrets.check(aws.secretsManager(), blueprint);
        }
        boolean attached = existing.map(s -> CertificatePhase.VALIDATED.label()
                .equals(StackRollout.output(s, InstanceStackOutputs.CERTIFICATE_PHASE).orElse(""))).orElse(false);

        SynthesizedStack stack = synth(blueprint, attached, config);
        DeployState state = new DeployState(stack.stackName(), DeployPhase.SYNTHESIZED, clock.instant(),
                previous.flatMap(DeployState::lastVerifyExit), previous.map(DeployState::delivered).orElse(false));
        stateFile.write(state);

        PostCreateSteps steps = new PostCreateSteps(aws.lightsail(), console);
        // Idempotent (skips a key pair that exists), so it also covers a create that stopped half-way.
        steps.preCreate(steps(stack.template(), DeploySteps.PRE_CREATE_METADATA_KEY), blueprint.admin().publicKey());
        if (!apply(rollout, stack, config)) {
            return new DeployResult(state.phase(), endpoint, Optional.empty(), true);
        }
        state = save(stateFile, state, DeployPhase.STACK_CREATED);
        Stack live = rollout.live(stack.stackName());

        if (!attached) {
            CertificateValidation certificate = new CertificateValidation(aws.lightsail(),
                    new DnsRecordWriter(aws.lightsail(), aws.route53()), console, clock, sleeper, pollInterval);
            boolean issued = certificate.await(blueprint.domain().name(), required(live,
                    InstanceStackOutputs.LOAD_BALANCER_NAME), required(live, InstanceStackOutputs.CERTIFICATE_NAME),
                    config.certificateWait());
            if (!issued) {
                save(stateFile, state, DeployPhase.CERTIFICATE_PENDING);
                console.line("The certificate is not validated yet. Once the CNAME records resolve, run the same"
                        + " deploy command again: it resumes here.");
                return new DeployResult(DeployPhase.CERTIFICATE_PENDING, endpoint, Optional.empty(), false);
            }
            console.line("Attaching the certificate and turning on the HTTPS redirect...");
            SynthesizedStack phase2 = synth(blueprint, true, config);
            if (!apply(rollout, phase2, config)) {
                return new DeployResult(state.phase(), endpoint, Optional.empty(), true);
            }
            live = rollout.live(stack.stackName());
        }
        state = save(stateFile, state, DeployPhase.CERTIFICATE_ATTACHED);

        storeSecrets(blueprint, config, keys);
        state = save(stateFile, state, DeployPhase.SECRETS_STORED);

        String instanceName = required(live, InstanceStackOutputs.INSTANCE_NAME);
        steps.postCreate(instanceName, DeploySteps.parse(
                StackRollout.output(live, InstanceStackOutputs.POST_CREATE_STEPS).orElse("")));
        state = save(stateFile, state, DeployPhase.POST_CREATE_DONE);
        state = deliverToHost(blueprint, config, sshCidr, instanceName, previous, stateFile, state);

        if (!config.verify()) {
            console.line("Deployed " + endpoint + " (verify skipped: --no-verify).");
            return new DeployResult(state.phase(), endpoint, Optional.empty(), false);
        }
        console.line("Verifying " + endpoint + " from outside...");
        int exit = verifier.verify(blueprint, endpoint,
                StackRollout.output(live, InstanceStackOutputs.STATIC_IP).orElse(null));
        stateFile.write(state.verified(exit, clock.instant()));
        return new DeployResult(DeployPhase.VERIFIED, endpoint, Optional.of(exit), false);
    }

    private StackRollout rollout() {
        return new StackRollout(aws, console, clock, sleeper, waiting, pollInterval);
    }

    static String stackNameFor(Blueprint blueprint) {
        return dev.bulwark.cdk.instance.InstanceStack.stackIdFor(blueprint);
    }

    private SynthesizedStack synth(Blueprint blueprint, boolean certificateValidated, DeployConfig config) {
        console.line("Synthesizing " + blueprint.name() + (certificateValidated ? " (certificate attached)" : "")
                + " with the CDK and the rule packs...");
        return StackRollout.gate(blueprint, synthesis.synth(blueprint, certificateValidated, config.outDir()), config);
    }

    /** Shows the change set and executes it when approved; returns false when the user declined. */
    private boolean apply(StackRollout rollout, SynthesizedStack stack, DeployConfig config) {
        Optional<ChangeSetDiff> diff = rollout.apply(stack, config);
        newHost |= diff.map(d -> d.changes().stream().anyMatch(c -> "AWS::Lightsail::Instance".equals(c.type())
                && ("Add".equals(c.action()) || "True".equals(c.replacement())))).orElse(false);
        return diff.isPresent();
    }

    private void storeSecrets(Blueprint blueprint, DeployConfig config, Optional<Map<String, Secret>> read) {
        ProviderKeyDeposit.deposit(aws.secretsManager(), console, blueprint.secrets().providerKeys(),
                config.secrets(), read);
    }

    /**
     * SSH opens only when needed: keys were stored in this run, or no earlier run delivered them. Without
     * --ssh-from the step is left for a later run and said so.
     */
    private DeployState deliverToHost(Blueprint blueprint, DeployConfig config, Optional<String> sshCidr,
                                      String instanceName,
                                      Optional<DeployState> previous, DeployStateFile stateFile, DeployState state) {
        boolean deliveredBefore = previous.map(DeployState::delivered).orElse(false) && !newHost;
        if (deliveredBefore && config.secrets().isEmpty()) {
            console.line("Credentials are on the host already (delivered by an earlier deploy); SSH stays closed.");
            return save(stateFile, state, DeployPhase.SECRETS_DELIVERED);
        }
        if (newHost && state.delivered()) {
            state = new DeployState(state.stackName(), state.phase(), state.updated(), state.lastVerifyExit(), false);
            stateFile.write(state);
        }
        if (sshCidr.isEmpty()) {
            console.line("Credentials not delivered to the host yet: run deploy again with --ssh-from YOUR.PUBLIC.IP"
                    + " (SSH opens to that address alone for the delivery, then closes).");
            return state;
        }
        new HostSecretDelivery(aws.lightsail(), aws.secretsManager(), delivery, console)
                .deliver(blueprint, instanceName, sshCidr.get());
        return save(stateFile, state, DeployPhase.SECRETS_DELIVERED);
    }

    private String detectedCidr(PublicAddressLookup lookup, Blueprint blueprint) {
        String address = lookup.detect();
        if (address.contains(":")) {
            throw DeployException.environment("your public address was detected as " + address + " (IPv6), but"
                    + " deploy opens SSH to one IPv4 address: pass --ssh-from YOUR.PUBLIC.IPV4");
        }
        console.line("deploying from " + address + " (detected; pass --ssh-from to override)");
        String cidr = HostSecretDelivery.singleAddressCidr(address);
        DeployNetworks.requireInside(blueprint.admin(), cidr, blueprint.file());
        return cidr;
    }

    private DeployState save(DeployStateFile file, DeployState state, DeployPhase phase) {
        DeployState next = state.at(phase, clock.instant());
        file.write(next);
        return next;
    }

    private static List<DeploySteps.Step> steps(JsonNode template, String key) {
        List<DeploySteps.Step> steps = new ArrayList<>();
        for (JsonNode step : template.path("Metadata").path(key)) {
            steps.add(new DeploySteps.Step(step.path("action").asText(), step.path("argument").asText()));
        }
        return steps;
    }

    private static String required(Stack stack, String key) {
        return StackRollout.required(stack, key);
    }
}
