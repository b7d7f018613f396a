package dev.bulwark.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.cdk.instance.CertificatePhase;
import dev.bulwark.cdk.instance.DeploySteps;
import dev.bulwark.cdk.instance.InstanceStackOutputs;
import dev.bulwark.deploy.aws.AwsClients;
import dev.bulwark.deploy.certificate.CertificateValidation;
import dev.bulwark.deploy.certificate.DnsRecordWriter;
import dev.bulwark.deploy.changeset.ChangeSets;
import dev.bulwark.deploy.changeset.PreparedChangeSet;
import dev.bulwark.deploy.hostsecrets.CredentialDelivery;
import dev.bulwark.deploy.hostsecrets.DeployNetworks;
import dev.bulwark.deploy.hostsecrets.HostSecretDelivery;
import dev.bulwark.deploy.hostsecrets.PublicAddressLookup;
import dev.bulwark.deploy.poststeps.PostCreateSteps;
import dev.bulwark.deploy.preflight.CertificateQuota;
import dev.bulwark.deploy.preflight.Preflight;
import dev.bulwark.deploy.progress.StackOutcome;
import dev.bulwark.deploy.progress.StackProgress;
import dev.bulwark.deploy.secrets.ProviderKeyStore;
import dev.bulwark.deploy.state.DeployPhase;
import dev.bulwark.deploy.state.DeployState;
import dev.bulwark.deploy.state.DeployStateFile;
import dev.bulwark.findings.Finding;
import dev.bulwark.secret.Secret;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Stack;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
        Optional<String> sshCidr = config.sshFrom().map(HostSecretDelivery::singleAddressCidr); // usage errors first
        sshCidr.ifPresent(cidr -> DeployNetworks.requireInside(blueprint.admin(), cidr, blueprint.file()));
        // Keys are read before anything changes: a malformed input fails fast, and stdin is consumed before any
        // confirmation prompt could read from it.
        Optional<Map<String, Secret>> keys = config.secrets().map(source -> {
            console.line("Reading provider keys from " + source.description() + "...");
            return source.read(blueprint.secrets().providerKeys());
        });
        try {
            newHost = false;
            return deploy(blueprint, config, sshCidr, keys);
        } finally {
            keys.ifPresent(values -> values.values().forEach(Secret::destroy));
        }
    }

    private DeployResult deploy(Blueprint blueprint, DeployConfig config, Optional<String> givenSshCidr,
                                Optional<Map<String, Secret>> keys) {
        new Preflight(aws, node, console).check(blueprint);
        // Looked up once the account and inputs are known good, and still before anything changes.
        Optional<String> sshCidr = givenSshCidr.or(() -> config.sshFromLookup()
                .map(lookup -> detectedCidr(lookup, blueprint)));
        DeployStateFile stateFile = DeployStateFile.forBlueprint(config.stateRoot(), blueprint.name());
        String endpoint = "https://" + blueprint.domain().name();
        ChangeSets changeSets = new ChangeSets(aws.cloudFormation(), waiting, clock);
        Optional<DeployState> previous = stateFile.read();
        previous.ifPresent(s -> console.line("Resuming: the last deploy reached '" + s.phase().label() + "' at "
                + s.updated() + "; every phase is checked against AWS again."));

        Optional<Stack> existing = changeSets.describe(stackNameFor(blueprint));
        if (existing.isEmpty()) {
            CertificateQuota.check(aws.lightsail(), blueprint.region()); // a new stack requests a new certificate
        }
        boolean attached = existing.map(s -> CertificatePhase.VALIDATED.label()
                .equals(output(s, InstanceStackOutputs.CERTIFICATE_PHASE).orElse(""))).orElse(false);

        SynthesizedStack stack = synth(blueprint, attached, config);
        DeployState state = new DeployState(stack.stackName(), DeployPhase.SYNTHESIZED, clock.instant(),
                previous.flatMap(DeployState::lastVerifyExit), previous.map(DeployState::delivered).orElse(false));
        stateFile.write(state);

        PostCreateSteps steps = new PostCreateSteps(aws.lightsail(), console);
        // Idempotent (skips a key pair that exists), so it also covers a create that stopped half-way.
        steps.preCreate(steps(stack.template(), DeploySteps.PRE_CREATE_METADATA_KEY), blueprint.admin().publicKey());
        if (!apply(changeSets, stack, config)) {
            return new DeployResult(state.phase(), endpoint, Optional.empty(), true);
        }
        state = save(stateFile, state, DeployPhase.STACK_CREATED);
        Stack live = changeSets.describe(stack.stackName()).orElseThrow(() -> DeployException.environment("stack "
                + stack.stackName() + " vanished during the deploy: run deploy again"));

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
            if (!apply(changeSets, phase2, config)) {
                return new DeployResult(state.phase(), endpoint, Optional.empty(), true);
            }
            live = changeSets.describe(stack.stackName()).orElseThrow();
        }
        state = save(stateFile, state, DeployPhase.CERTIFICATE_ATTACHED);

        storeSecrets(blueprint, config, keys);
        state = save(stateFile, state, DeployPhase.SECRETS_STORED);

        String instanceName = required(live, InstanceStackOutputs.INSTANCE_NAME);
        steps.postCreate(instanceName, DeploySteps.parse(output(live, InstanceStackOutputs.POST_CREATE_STEPS)
                .orElse("")));
        state = save(stateFile, state, DeployPhase.POST_CREATE_DONE);
        state = deliverToHost(blueprint, config, sshCidr, instanceName, previous, stateFile, state);

        if (!config.verify()) {
            console.line("Deployed " + endpoint + " (verify skipped: --no-verify).");
            return new DeployResult(state.phase(), endpoint, Optional.empty(), false);
        }
        console.line("Verifying " + endpoint + " from outside...");
        int exit = verifier.verify(blueprint, endpoint, output(live, InstanceStackOutputs.STATIC_IP).orElse(null));
        stateFile.write(state.verified(exit, clock.instant()));
        return new DeployResult(DeployPhase.VERIFIED, endpoint, Optional.of(exit), false);
    }

    static String stackNameFor(Blueprint blueprint) {
        return dev.bulwark.cdk.instance.InstanceStack.stackIdFor(blueprint);
    }

    private SynthesizedStack synth(Blueprint blueprint, boolean certificateValidated, DeployConfig config) {
        console.line("Synthesizing " + blueprint.name() + (certificateValidated ? " (certificate attached)" : "")
                + " with the CDK and the rule packs...");
        SynthesizedStack stack = synthesis.synth(blueprint, certificateValidated, config.outDir());
        List<Finding> blocking = stack.findings().stream().filter(f -> f.severity().isAtLeast(config.failOn()))
                .toList();
        if (!blocking.isEmpty()) {
            throw DeployException.usage(blocking.size() + " rule finding(s) at or above " + config.failOn().label()
                    + " (" + blocking.stream().map(Finding::ruleId).distinct().collect(Collectors.joining(", "))
                    + "): run `bulwark plan " + blueprint.file() + "` to see and fix them; nothing was deployed");
        }
        return stack;
    }

    /** Shows the change set and executes it when approved; returns false when the user declined. */
    private boolean apply(ChangeSets changeSets, SynthesizedStack stack, DeployConfig config) {
        PreparedChangeSet changeSet = changeSets.prepare(stack.stackName(), stack.templateBody(), Map.of());
        console.line((changeSet.create() ? "Create" : "Update") + " stack " + stack.stackName() + ":");
        changeSet.diff().render().forEach(console::line);
        newHost |= changeSet.diff().changes().stream().anyMatch(c -> "AWS::Lightsail::Instance".equals(c.type())
                && ("Add".equals(c.action()) || "True".equals(c.replacement())));
        if (changeSet.diff().empty()) {
            changeSets.discard(changeSet);
            return true;
        }
        if (!config.autoApprove()) {
            if (!console.interactive()) {
                changeSets.discard(changeSet);
                throw DeployException.usage("not on a terminal, so nobody can confirm these changes: pass --yes to"
                        + " deploy without asking (e.g. in CI, after reviewing `bulwark plan`)");
            }
            String answer = console.ask("Execute these changes? Type 'yes' to go on: ").orElse("");
            if (!"yes".equals(answer.strip().toLowerCase(Locale.ROOT))) {
                changeSets.discard(changeSet);
                console.line("Nothing changed.");
                return false;
            }
        }
        StackProgress progress = new StackProgress(aws.cloudFormation(), console, clock, sleeper, pollInterval);
        Optional<String> before = progress.newestEventId(stack.stackName());
        changeSets.execute(changeSet);
        StackOutcome outcome = progress.follow(stack.stackName(), before, config.stackTimeout());
        if (!outcome.succeeded()) {
            throw DeployException.environment(outcome.failureMessage(stack.stackName()));
        }
        console.line("Stack " + stack.stackName() + ": " + outcome.finalStatus());
        return true;
    }

    private void storeSecrets(Blueprint blueprint, DeployConfig config, Optional<Map<String, Secret>> read) {
        List<dev.bulwark.blueprint.Secrets.ProviderKey> keys = blueprint.secrets().providerKeys();
        if (keys.isEmpty()) {
            return;
        }
        ProviderKeyStore store = new ProviderKeyStore(aws.secretsManager());
        if (read.isPresent()) {
            Map<String, Secret> values = read.get();
            store.store(keys, values);
            console.line("Stored " + values.size() + " provider key(s) from " + config.secrets().get().description()
                    + " in Secrets Manager: " + keys.stream().map(k -> k.secretName()).collect(Collectors.joining(", ")));
            return;
        }
        List<String> unfilled = store.unfilled(keys);
        if (!unfilled.isEmpty()) {
            throw DeployException.usage("provider key secret(s) " + String.join(", ", unfilled) + " still hold the"
                    + " placeholder: run deploy again with --secrets-from stdin|env|FILE (never on the command line)");
        }
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

    static Optional<String> output(Stack stack, String key) {
        return stack.outputs().stream().filter(o -> key.equals(o.outputKey())).map(Output::outputValue).findFirst();
    }

    private static String required(Stack stack, String key) {
        return output(stack, key).orElseThrow(() -> DeployException.environment("stack " + stack.stackName()
                + " has no output " + key + ": it was not made by this version of bulwark; run deploy again"));
    }
}
