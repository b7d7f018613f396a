package dev.bulwark.deploy.container;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.cdk.container.ContainerStackOutputs;
import dev.bulwark.cdk.instance.InstanceStack;
import dev.bulwark.deploy.Console;
import dev.bulwark.deploy.DeployConfig;
import dev.bulwark.deploy.DeployResult;
import dev.bulwark.deploy.EndpointVerifier;
import dev.bulwark.deploy.Sleeper;
import dev.bulwark.deploy.StackRollout;
import dev.bulwark.deploy.StackSynthesis;
import dev.bulwark.deploy.SynthesizedStack;
import dev.bulwark.deploy.aws.AwsClients;
import dev.bulwark.deploy.certificate.CertificateValidation;
import dev.bulwark.deploy.certificate.DnsRecordWriter;
import dev.bulwark.deploy.certificate.ValidationRecord;
import dev.bulwark.deploy.preflight.Preflight;
import dev.bulwark.deploy.preflight.RetainedSecrets;
import dev.bulwark.deploy.secrets.ProviderKeyDeposit;
import dev.bulwark.deploy.state.DeployPhase;
import dev.bulwark.deploy.state.DeployState;
import dev.bulwark.deploy.state.DeployStateFile;
import dev.bulwark.secret.Secret;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.lightsail.model.ContainerService;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code bulwark deploy} for a container blueprint: preflight, synthesis with the reader key serial, change set
 * confirmed and followed, the Lightsail certificate validated and the custom domain attached, provider keys stored,
 * the service waited for until its deployment is active, the custom domain's DNS record shown (or created), then
 * verify on the service URL and every custom domain. No SSH, no host secrets, no post-create steps.
 */
public final class ContainerDeployer {
    /** The stack's certificate phase output once the custom domain is attached. */
    static final String ATTACHED = "attached";

    private final AwsClients aws;
    private final Console console;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Preflight.NodeCheck node;
    private final StackSynthesis synthesis;
    private final EndpointVerifier verifier;
    private final StackRollout rollout;
    private final Duration pollInterval;

    public ContainerDeployer(AwsClients aws, Console console, Clock clock, Sleeper sleeper, Preflight.NodeCheck node,
                             StackSynthesis synthesis, EndpointVerifier verifier, StackRollout rollout,
                             Duration pollInterval) {
        this.aws = aws;
        this.console = console;
        this.clock = clock;
        this.sleeper = sleeper;
        this.node = node;
        this.synthesis = synthesis;
        this.verifier = verifier;
        this.rollout = rollout;
        this.pollInterval = pollInterval;
    }

    /** The stack name: {@code bulwark-<name>}, the same rule in both modes. */
    public static String stackNameFor(Blueprint blueprint) {
        return InstanceStack.stackIdFor(blueprint);
    }

    /** The CDK context of one synthesis: the certificate phase and the reader key serial, as strings. */
    public static Map<String, String> context(boolean certificateValidated, int readerKeySerial) {
        return Map.of(ContainerStackOutputs.CERTIFICATE_VALIDATED_CONTEXT, String.valueOf(certificateValidated),
                ContainerStackOutputs.READER_KEY_SERIAL_CONTEXT, String.valueOf(readerKeySerial));
    }

    public DeployResult deploy(Blueprint blueprint, DeployConfig config, Optional<Map<String, Secret>> keys) {
        new Preflight(aws, node, console).account(blueprint);
        ContainerPreflight.requirePower(aws.lightsail(), blueprint);
        DeployStateFile stateFile = DeployStateFile.forBlueprint(config.stateRoot(), blueprint.name());
        String endpoint = "https://" + blueprint.domain().name();
        Optional<DeployState> previous = stateFile.read();
        previous.ifPresent(s -> console.line("Resuming: the last deploy reached '" + s.phase().label() + "' at "
                + s.updated() + "; every phase is checked against AWS again."));
        Optional<Stack> existing = rollout.describe(stackNameFor(blueprint));
        int serial = readerKeySerial(previous, existing, config.rotateReaderKey());

        if (existing.isEmpty()) {
            ServiceCertificates.checkQuota(aws.lightsail(), blueprint.region()); // a new stack requests one
            RetainedSecrets.check(aws.secretsManager(), blueprint);
        }
        boolean attached = existing.flatMap(s -> StackRollout.output(s, ContainerStackOutputs.CERTIFICATE_PHASE))
                .map(ATTACHED::equals).orElse(false);
        SynthesizedStack stack = rollout.synth(synthesis, blueprint, context(attached, serial), label(attached),
                config);
        DeployState state = new DeployState(stack.stackName(), DeployPhase.SYNTHESIZED, clock.instant(),
                previous.flatMap(DeployState::lastVerifyExit), false,
                previous.map(DeployState::readerKeySerial).orElse(DeployState.FIRST_READER_KEY_SERIAL),
                previous.flatMap(DeployState::serviceUrl));
        stateFile.write(state);
        if (rollout.apply(stack, config).isEmpty()) {
            return new DeployResult(state.phase(), endpoint, Optional.empty(), true);
        }
        // Recorded once CloudFormation has the new serial: a declined or failed rotation leaves the old one.
        state = save(stateFile, state.withReaderKeySerial(serial), DeployPhase.STACK_CREATED);
        Stack live = rollout.live(stack.stackName());

        // The gateway reads its secrets at start: keys stored now need a new container deployment, which a new
        // reader key brings (and the old key is deleted with it).
        if (ProviderKeyDeposit.deposit(aws.secretsManager(), console, blueprint.secrets().providerKeys(),
                config.secrets(), keys)) {
            serial = serial + 1;
            console.line("Provider keys changed: rotating the reader key (serial " + serial + ") so the gateway"
                    + " restarts and reads them.");
            if (!rollOut(blueprint, attached, serial, config)) {
                return new DeployResult(state.phase(), endpoint, Optional.empty(), true);
            }
            state = save(stateFile, state.withReaderKeySerial(serial), DeployPhase.SECRETS_STORED);
            live = rollout.live(stack.stackName());
        }

        if (!attached) {
            String certificateName = StackRollout.required(live, ContainerStackOutputs.CERTIFICATE_NAME);
            boolean issued = new CertificateValidation(aws.lightsail(), dns(), console, clock, sleeper, pollInterval)
                    .await(blueprint.domain().name(), certificateName,
                            () -> ServiceCertificates.status(aws.lightsail(), certificateName), config.certificateWait());
            if (!issued) {
                save(stateFile, state, DeployPhase.CERTIFICATE_PENDING);
                console.line("The certificate is not validated yet. Once the CNAME records resolve, run the same"
                        + " deploy command again: it resumes here.");
                return new DeployResult(DeployPhase.CERTIFICATE_PENDING, endpoint, Optional.empty(), false);
            }
            console.line("Attaching " + blueprint.domain().name() + " to the container service...");
            if (!rollOut(blueprint, true, serial, config)) {
                return new DeployResult(state.phase(), endpoint, Optional.empty(), true);
            }
            live = rollout.live(stack.stackName());
        }
        state = save(stateFile, state, DeployPhase.CERTIFICATE_ATTACHED);

        String serviceName = StackRollout.required(live, ContainerStackOutputs.SERVICE_NAME);
        ContainerService service = new ServiceRollout(aws.lightsail(), console, clock, sleeper, pollInterval)
                .awaitRunning(serviceName, config.stackTimeout());
        if (service.url() == null || service.url().isBlank()) {
            throw dev.bulwark.deploy.DeployException.environment("container service " + serviceName + " runs but"
                    + " Lightsail reports no URL yet: run deploy again in a minute");
        }
        String serviceUrl = trimSlash(service.url());
        state = save(stateFile, state.withServiceUrl(serviceUrl), DeployPhase.SERVICE_RUNNING);
        pointDomains(blueprint, URI.create(serviceUrl).getHost());

        if (!config.verify()) {
            console.line("Deployed " + endpoint + " and " + serviceUrl + " (verify skipped: --no-verify).");
            return new DeployResult(state.phase(), endpoint, Optional.empty(), false);
        }
        int exit = 0;
        for (String url : verifyTargets(blueprint, serviceUrl)) {
            console.line("Verifying " + url + " from outside...");
            exit = Math.max(exit, verifier.verify(blueprint, url, null)); // 3 (not checked) > 1 (findings) > 0
        }
        stateFile.write(state.verified(exit, clock.instant()));
        return new DeployResult(DeployPhase.VERIFIED, endpoint, Optional.of(exit), false);
    }

    /** A later synthesis of the same stack, applied; false when the change set was declined. */
    private boolean rollOut(Blueprint blueprint, boolean attached, int serial, DeployConfig config) {
        SynthesizedStack stack = rollout.synth(synthesis, blueprint, context(attached, serial), label(attached),
                config);
        return rollout.apply(stack, config).isPresent();
    }

    private static String label(boolean attached) {
        return attached ? " (custom domain attached)" : "";
    }

    /** The service's own URL first, then every custom domain. */
    public static List<String> verifyTargets(Blueprint blueprint, String serviceUrl) {
        List<String> urls = new ArrayList<>(List.of(trimSlash(serviceUrl)));
        urls.add("https://" + blueprint.domain().name());
        blueprint.domain().alternativeNames().forEach(name -> urls.add("https://" + name));
        return List.copyOf(urls);
    }

    /**
     * The serial the stack runs now: the higher of the stack's own output and the state file (a lost state file must not send
     * the serial back to 1, which would roll out yet another key), raised by one to rotate.
     */
    private int readerKeySerial(Optional<DeployState> previous, Optional<Stack> existing, boolean rotate) {
        int recorded = previous.map(DeployState::readerKeySerial).orElse(DeployState.FIRST_READER_KEY_SERIAL);
        int current = Math.max(recorded, existing
                .flatMap(s -> StackRollout.output(s, ContainerStackOutputs.READER_KEY_SERIAL))
                .flatMap(ContainerDeployer::parseSerial).orElse(recorded));
        if (!rotate) {
            return current;
        }
        console.line("Rotating the gateway's reader access key: serial " + current + " -> " + (current + 1)
                + " (CloudFormation creates the new key, deploys the service with it, then deletes the old one).");
        return current + 1;
    }

    private static Optional<Integer> parseSerial(String output) {
        try {
            int serial = Integer.parseInt(output.strip());
            return serial >= 1 ? Optional.of(serial) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Each custom domain needs a CNAME to the service's host; created where the account holds the zone. */
    private void pointDomains(Blueprint blueprint, String serviceHost) {
        List<String> names = new ArrayList<>(List.of(blueprint.domain().name()));
        names.addAll(blueprint.domain().alternativeNames());
        DnsRecordWriter dns = dns();
        console.line("The custom domain needs this DNS record (a CNAME cannot sit at a zone apex; use a subdomain):");
        for (String name : names) {
            ValidationRecord record = new ValidationRecord(name, "CNAME", serviceHost);
            console.line("  " + record.render());
            dns.write(name, List.of(record)).ifPresentOrElse(where -> console.line("  created in " + where + "."),
                    () -> console.line("  create it at your DNS provider."));
        }
    }

    private DnsRecordWriter dns() {
        return new DnsRecordWriter(aws.lightsail(), aws.route53());
    }

    private DeployState save(DeployStateFile file, DeployState state, DeployPhase phase) {
        DeployState next = state.at(phase, clock.instant());
        file.write(next);
        return next;
    }

    private static String trimSlash(String url) {
        return url != null && url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
