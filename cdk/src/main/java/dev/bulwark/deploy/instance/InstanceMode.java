package dev.bulwark.deploy.instance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.cdk.instance.CertificatePhase;
import dev.bulwark.cdk.instance.DeploySteps;
import dev.bulwark.cdk.instance.InstanceGeneration;
import dev.bulwark.cdk.instance.InstanceStackOutputs;
import dev.bulwark.cdk.synth.StackContext;
import dev.bulwark.deploy.Console;
import dev.bulwark.deploy.EndpointVerifier;
import dev.bulwark.deploy.StackRollout;
import dev.bulwark.deploy.SynthesizedStack;
import dev.bulwark.deploy.aws.AwsClients;
import dev.bulwark.deploy.certificate.CertificateReader;
import dev.bulwark.deploy.changeset.StackResourceType;
import dev.bulwark.deploy.hostsecrets.CredentialDelivery;
import dev.bulwark.deploy.hostsecrets.HostSecretDelivery;
import dev.bulwark.deploy.pipeline.CertificateStep;
import dev.bulwark.deploy.pipeline.DeployMode;
import dev.bulwark.deploy.pipeline.DeployedEndpoint;
import dev.bulwark.deploy.pipeline.PipelineRun;
import dev.bulwark.deploy.poststeps.PostCreateSteps;
import dev.bulwark.deploy.preflight.CertificateQuota;
import dev.bulwark.deploy.preflight.Preflight;
import dev.bulwark.deploy.secrets.ProviderKeyDeposit;
import dev.bulwark.deploy.state.DeployPhase;
import dev.bulwark.deploy.state.DeployState;
import dev.bulwark.policy.HardeningPolicy;
import dev.bulwark.secret.Secret;
import dev.bulwark.verify.Verdict;
import software.amazon.awssdk.services.cloudformation.model.Stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The instance mode's steps of the deploy pipeline: the key pair before the first change set, the load balancer's
 * certificate, then provider keys into Secrets Manager, the post-create steps CloudFormation cannot express, the
 * credentials onto the host through a just-in-time SSH window, and verify on the domain with the static IP.
 * A private instance ({@code access.mode: private}) has no load balancer and no certificate: those phases are
 * skipped, and verify checks what private means instead ({@link PrivateExposure}: nothing open at the Lightsail
 * firewall but SSH from the admin networks), pointing the operator at {@code bulwark tunnel}.
 */
public final class InstanceMode implements DeployMode {
    private final AwsClients aws;
    private final Console console;
    private final Preflight preflight;
    private final CredentialDelivery delivery;
    private final Optional<Map<String, Secret>> keys;
    /** Looked up once the account and inputs are known good (after preflight), and still before anything changes. */
    private final Supplier<Optional<String>> sshCidr;
    private Optional<String> deployerCidr = Optional.empty();
    private final InstanceReplacement replacement;
    /** The instance this run replaces for a changed baseline, once decided. */
    private Optional<String> replacing = Optional.empty();

    public InstanceMode(AwsClients aws, Console console, Preflight preflight, CredentialDelivery delivery,
                        Optional<Map<String, Secret>> keys, Supplier<Optional<String>> sshCidr,
                        InstanceReplacement replacement) {
        this.replacement = replacement;
        this.aws = aws;
        this.console = console;
        this.preflight = preflight;
        this.delivery = delivery;
        this.keys = keys;
        this.sshCidr = sshCidr;
    }

    @Override
    public void preflight(Blueprint blueprint) {
        preflight.check(blueprint);
        deployerCidr = sshCidr.get();
    }

    @Override
    public boolean certified(Blueprint blueprint) {
        return blueprint.access().isPublic();
    }

    @Override
    public void checkCertificateQuota(Blueprint blueprint) {
        CertificateQuota.check(aws.lightsail(), blueprint.region());
    }

    @Override
    public boolean attached(Stack existing) {
        return CertificatePhase.VALIDATED.label().equals(StackRollout.output(existing,
                InstanceStackOutputs.CERTIFICATE_PHASE).orElse(""));
    }

    @Override
    public StackContext context(PipelineRun run, Optional<Stack> existing, boolean attached) {
        StackContext context = attached ? StackContext.FIRST_DEPLOY.attached() : StackContext.FIRST_DEPLOY;
        if (existing.isEmpty()) {
            return context;
        }
        Blueprint blueprint = run.blueprint();
        BaselineCheck check = BaselineCheck.of(existing.get(), blueprint, HardeningPolicy.defaults());
        context = context.withInstanceGeneration(check.generation());
        boolean asked = run.config().replaceInstance();
        if (!check.changed() && !(check.unknown() && asked)) {
            if (asked) {
                console.line("--replace-instance: the host baseline is unchanged, so the instance stays.");
            }
            return context; // an unrecorded baseline that changed is still caught in the change set (UserData)
        }
        String current = StackRollout.output(existing.get(), InstanceStackOutputs.INSTANCE_NAME)
                .orElse(InstanceGeneration.instanceName(blueprint.name(), check.generation()));
        if (!replacement.confirm(check, current, asked)) {
            console.line("Nothing changed.");
            throw new PipelineRun.Declined();
        }
        replacing = Optional.of(current);
        return context.withInstanceGeneration(check.generation() + 1);
    }

    @Override
    public String attachedLabel() {
        return " (certificate attached)";
    }

    /** Idempotent (skips a key pair that exists), so it also covers a create that stopped half-way. */
    @Override
    public void beforeApply(PipelineRun run, SynthesizedStack stack) {
        new PostCreateSteps(aws.lightsail(), console).preCreate(steps(stack.template()),
                run.blueprint().admin().publicKey());
        replacing.ifPresent(old -> run.beforeNextExecute(diff -> replacement.beforeExecute(diff, old)));
    }

    @Override
    public CertificateStep certificate(Stack live) {
        String loadBalancer = StackRollout.required(live, InstanceStackOutputs.LOAD_BALANCER_NAME);
        String name = StackRollout.required(live, InstanceStackOutputs.CERTIFICATE_NAME);
        return new CertificateStep(name, () -> CertificateReader.status(aws.lightsail(), loadBalancer, name));
    }

    @Override
    public String attachMessage(Blueprint blueprint) {
        return "Attaching the certificate and turning on the HTTPS redirect...";
    }

    /**
     * HTTPS first, then the backend: CloudFormation updates the load balancer (attaching the instance) before the
     * certificate that refers to it, so one update would serve the gateway over plain HTTP in between.
     */
    @Override
    public List<StackContext> attachSteps(StackContext current) {
        return List.of(current.httpsBeforeBackend(), current.attached());
    }

    @Override
    public List<DeployedEndpoint> finish(PipelineRun run) {
        Blueprint blueprint = run.blueprint();
        ProviderKeyDeposit.deposit(aws.secretsManager(), console, blueprint.secrets().providerKeys(),
                run.config().secrets(), keys);
        run.save(DeployPhase.SECRETS_STORED);

        Stack live = run.live();
        String instanceName = StackRollout.required(live, InstanceStackOutputs.INSTANCE_NAME);
        if (replacing.filter(old -> !old.equals(instanceName)).isPresent()) {
            replacement.afterReplaced(blueprint, instanceName);
        }
        new PostCreateSteps(aws.lightsail(), console).postCreate(instanceName, DeploySteps.parse(
                StackRollout.output(live, InstanceStackOutputs.POST_CREATE_STEPS).orElse("")));
        run.save(DeployPhase.POST_CREATE_DONE);
        deliverToHost(run, instanceName);
        if (!certified(blueprint)) {
            return List.of();
        }
        return List.of(new DeployedEndpoint("https://" + blueprint.domain().name(),
                StackRollout.output(live, InstanceStackOutputs.STATIC_IP)));
    }

    /** Public: verify from outside. Private: there is no URL; the firewall must show nothing but admin SSH. */
    @Override
    public int verify(PipelineRun run, List<DeployedEndpoint> endpoints, EndpointVerifier verifier,
                      Console console) {
        Blueprint blueprint = run.blueprint();
        if (certified(blueprint)) {
            return DeployMode.super.verify(run, endpoints, verifier, console);
        }
        String instanceName = StackRollout.required(run.live(), InstanceStackOutputs.INSTANCE_NAME);
        console.line("Verifying that " + instanceName + " is private (its Lightsail firewall)...");
        List<String> openings = PrivateExposure.openings(aws.lightsail(), instanceName, blueprint.admin());
        openings.forEach(opening -> console.line("  [high] " + opening + ": access.mode private allows no public"
                + " port but SSH from the admin networks; close it (Lightsail console, Networking) or run deploy"
                + " again"));
        console.line((openings.isEmpty() ? "Private: nothing is open but SSH from the admin networks. " : "")
                + "Reach the Control UI with: bulwark tunnel " + blueprint.file());
        return (openings.isEmpty() ? Verdict.PASSED : Verdict.FINDINGS).exitCode();
    }

    /**
     * SSH opens only when needed: keys were stored in this run, or no earlier run delivered them (or the host is
     * new: credentials delivered earlier are gone with the old one). Without --ssh-from the step is left for a
     * later run and said so.
     */
    private void deliverToHost(PipelineRun run, String instanceName) {
        boolean newHost = run.applied().stream().anyMatch(d -> d.createsAnew(StackResourceType.LIGHTSAIL_INSTANCE));
        boolean deliveredBefore = run.previous().map(DeployState::delivered).orElse(false) && !newHost;
        if (deliveredBefore && run.config().secrets().isEmpty()) {
            console.line("Credentials are on the host already (delivered by an earlier deploy); SSH stays closed.");
            run.save(DeployPhase.SECRETS_DELIVERED);
            return;
        }
        if (newHost && run.state().delivered()) {
            run.record(s -> new DeployState(s.stackName(), s.phase(), s.updated(), s.lastVerifyExit(), false,
                    s.readerKeySerial(), s.serviceUrl()));
        }
        if (deployerCidr.isEmpty()) {
            console.line("Credentials not delivered to the host yet: run deploy again with --ssh-from YOUR.PUBLIC.IP"
                    + " (SSH opens to that address alone for the delivery, then closes).");
            return;
        }
        new HostSecretDelivery(aws.lightsail(), aws.secretsManager(), delivery, console)
                .deliver(run.blueprint(), instanceName, deployerCidr.get());
        run.save(DeployPhase.SECRETS_DELIVERED);
    }

    private static List<DeploySteps.Step> steps(JsonNode template) {
        List<DeploySteps.Step> steps = new ArrayList<>();
        for (JsonNode step : template.path("Metadata").path(DeploySteps.PRE_CREATE_METADATA_KEY)) {
            steps.add(new DeploySteps.Step(step.path("action").asText(), step.path("argument").asText()));
        }
        return steps;
    }
}
