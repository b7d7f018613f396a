package dev.bulwark.deploy.container;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.cdk.container.ContainerStack;
import dev.bulwark.cdk.container.ContainerStackOutputs;
import dev.bulwark.cdk.synth.StackContext;
import dev.bulwark.deploy.Console;
import dev.bulwark.deploy.DeployException;
import dev.bulwark.deploy.StackRollout;
import dev.bulwark.deploy.SynthesizedStack;
import dev.bulwark.deploy.aws.AwsClients;
import dev.bulwark.deploy.certificate.DnsRecordWriter;
import dev.bulwark.deploy.certificate.ValidationRecord;
import dev.bulwark.deploy.pipeline.CertificateStep;
import dev.bulwark.deploy.pipeline.DeployMode;
import dev.bulwark.deploy.pipeline.DeployedEndpoint;
import dev.bulwark.deploy.pipeline.PipelineRun;
import dev.bulwark.deploy.preflight.Preflight;
import dev.bulwark.deploy.registry.EcrImage;
import dev.bulwark.deploy.registry.PrivateRegistryAccess;
import dev.bulwark.deploy.secrets.ProviderKeyDeposit;
import dev.bulwark.deploy.state.DeployPhase;
import dev.bulwark.deploy.state.DeployState;
import dev.bulwark.secret.Secret;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.lightsail.model.ContainerService;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The container mode's steps of the deploy pipeline: the reader key serial in the synthesis context (rotated on
 * request, and when new provider keys must reach the gateway), the Lightsail certificate of the service, then a
 * wait until the service's newest deployment is active, the custom domains' DNS records, and verify on the
 * service URL and every custom domain. No SSH, no host secrets, no post-create steps.
 *
 * <p>A private Amazon ECR image adds a phase before any deployment: the stack first creates the service with its
 * ECR image puller role and no deployment, deploy grants the role's principal pull on the repository, and only
 * then does a second update add the deployment ({@link dev.bulwark.cdk.container.RegistryAccess}).
 */
public final class ContainerMode implements DeployMode {
    private final AwsClients aws;
    private final Console console;
    private final Preflight preflight;
    private final ServiceRollout services;
    private final Optional<Map<String, Secret>> keys;
    private final Supplier<PrivateRegistryAccess> registry;

    /**
     * @param registry built only for a private ECR image (it needs the ECR client)
     */
    public ContainerMode(AwsClients aws, Console console, Preflight preflight, ServiceRollout services,
                         Optional<Map<String, Secret>> keys, Supplier<PrivateRegistryAccess> registry) {
        this.aws = aws;
        this.console = console;
        this.preflight = preflight;
        this.services = services;
        this.keys = keys;
        this.registry = registry;
    }

    @Override
    public void preflight(Blueprint blueprint) {
        String account = preflight.account(blueprint).account();
        ContainerPreflight.requireEcrInAccount(blueprint, account);
        ContainerPreflight.requirePower(aws.lightsail(), blueprint);
    }

    @Override
    public void checkCertificateQuota(Blueprint blueprint) {
        ServiceCertificates.checkQuota(aws.lightsail(), blueprint.region());
    }

    @Override
    public boolean attached(Stack existing) {
        return StackRollout.output(existing, ContainerStackOutputs.CERTIFICATE_PHASE)
                .map(ContainerStack.PHASE_ATTACHED::equals).orElse(false);
    }

    /**
     * The serial the stack runs now: the higher of the stack's own output and the state file (a lost state file
     * must not send the serial back to 1, which would roll out yet another key), raised by one to rotate.
     */
    @Override
    public StackContext context(PipelineRun run, Optional<Stack> existing, boolean attached) {
        int recorded = run.previous().map(DeployState::readerKeySerial).orElse(DeployState.FIRST_READER_KEY_SERIAL);
        int current = Math.max(recorded, existing
                .flatMap(s -> StackRollout.output(s, ContainerStackOutputs.READER_KEY_SERIAL))
                .flatMap(ContainerMode::parseSerial).orElse(recorded));
        // A key an earlier run kept for a deployment not yet seen replaced stays until this run has seen it.
        StackContext context = new StackContext(attached, current).withRetiringReaderKey(existing
                .flatMap(s -> StackRollout.output(s, ContainerStackOutputs.RETIRING_READER_KEY_SERIAL))
                .flatMap(ContainerMode::parseSerial)).withRegistryAccessGranted(pullerActive(run.blueprint()));
        if (!run.config().rotateReaderKey()) {
            return context;
        }
        console.line("Rotating the gateway's reader access key: serial " + current + " -> " + (current + 1)
                + " (CloudFormation creates the new key and deploys the service with it; deploy deletes the old one"
                + " once that deployment is active).");
        return context.rotatedTo(current + 1);
    }

    /**
     * Private ECR images only: whether the live service's puller role is active, so that its principal can be
     * granted pull before this run's first change set (then the deployment may be in it). Otherwise this run
     * starts with phase A: the service with its role and without a deployment.
     */
    private boolean pullerActive(Blueprint blueprint) {
        if (ContainerPreflight.privateEcrImages(blueprint).isEmpty()) {
            return false;
        }
        boolean active = registry.get().activePrincipal(blueprint.name()).isPresent();
        console.line(active ? "Private ECR image: the service's ECR image puller role is active; its pull access is"
                + " checked before the deployment is updated."
                : "Private ECR image: first the container service with its ECR image puller role and no deployment;"
                + " the deployment follows once the role may pull from the repository.");
        return active;
    }

    /** With the puller role already active, its pull access is checked (and granted) before anything changes. */
    @Override
    public void beforeApply(PipelineRun run, SynthesizedStack stack) {
        List<EcrImage> images = ContainerPreflight.privateEcrImages(run.blueprint());
        if (!images.isEmpty() && run.context().registryAccessGranted()) {
            String serviceName = run.blueprint().name();
            PrivateRegistryAccess access = registry.get();
            access.grant(serviceName, access.activePrincipal(serviceName).orElseThrow(() -> DeployException
                    .environment("the ECR image puller role of container service " + serviceName + " was turned"
                            + " off meanwhile: run deploy again")), images);
        }
    }

    @Override
    public String attachedLabel() {
        return " (custom domain attached)";
    }

    /**
     * The gateway reads its secrets at start: keys stored now need a new container deployment, which a new reader
     * key brings (and the old key is deleted with it).
     */
    @Override
    public void afterStackApplied(PipelineRun run) {
        Blueprint blueprint = run.blueprint();
        List<EcrImage> images = ContainerPreflight.privateEcrImages(blueprint);
        if (!images.isEmpty() && !run.context().registryAccessGranted()) {
            addFirstDeployment(run, images);
            return;
        }
        if (ProviderKeyDeposit.deposit(aws.secretsManager(), console, blueprint.secrets().providerKeys(),
                run.config().secrets(), keys)) {
            int serial = run.context().readerKeySerial() + 1;
            console.line("Provider keys changed: rotating the reader key (serial " + serial + ") so the gateway"
                    + " restarts and reads them.");
            run.rollOut(run.context().rotatedTo(serial));
            run.save(DeployPhase.SECRETS_STORED, s -> s.withReaderKeySerial(serial));
        }
    }

    /**
     * Phase A is applied (the service, its puller role, no deployment): provider keys are stored first (the first
     * gateway to start reads them, so no reader key rotation), the role's principal is granted pull on each
     * repository, and only then does phase B add the deployment that pulls the image.
     */
    private void addFirstDeployment(PipelineRun run, List<EcrImage> images) {
        Blueprint blueprint = run.blueprint();
        ProviderKeyDeposit.deposit(aws.secretsManager(), console, blueprint.secrets().providerKeys(),
                run.config().secrets(), keys);
        String serviceName = StackRollout.required(run.live(), ContainerStackOutputs.SERVICE_NAME);
        PrivateRegistryAccess access = registry.get();
        String principal = access.awaitPrincipal(serviceName, run.config().stackTimeout());
        access.grant(serviceName, principal, images);
        console.line("Adding the container deployment, now that the service may pull its private ECR image...");
        run.rollOut(run.context().withRegistryAccessGranted(true));
    }

    @Override
    public CertificateStep certificate(Stack live) {
        String name = StackRollout.required(live, ContainerStackOutputs.CERTIFICATE_NAME);
        return new CertificateStep(name, () -> ServiceCertificates.status(aws.lightsail(), name));
    }

    @Override
    public String attachMessage(Blueprint blueprint) {
        return "Attaching " + blueprint.domain().name() + " to the container service...";
    }

    @Override
    public List<DeployedEndpoint> finish(PipelineRun run) {
        String serviceName = StackRollout.required(run.live(), ContainerStackOutputs.SERVICE_NAME);
        ContainerService service = services.awaitRunning(serviceName, run.config().stackTimeout());
        if (service.url() == null || service.url().isBlank()) {
            throw DeployException.environment("container service " + serviceName + " runs but Lightsail reports no"
                    + " URL yet: run deploy again in a minute");
        }
        String serviceUrl = trimSlash(service.url());
        run.save(DeployPhase.SERVICE_RUNNING, s -> s.withServiceUrl(serviceUrl));
        retirePreviousKey(run, service);
        pointDomains(run.blueprint(), URI.create(serviceUrl).getHost());
        return endpoints(run.blueprint(), serviceUrl);
    }

    /**
     * Only now, with the newest deployment seen active, is the previous reader key deleted: CloudFormation would
     * delete it in the same update that rolls out the new one, and a failed deployment leaves the old one running.
     */
    private void retirePreviousKey(PipelineRun run, ContainerService service) {
        Optional<Integer> retiring = run.context().retiringReaderKey();
        if (retiring.isEmpty()) {
            return;
        }
        console.line("Deployment " + service.currentDeployment().version() + " runs with reader key serial "
                + run.context().readerKeySerial() + ": deleting the previous key (serial " + retiring.get() + ").");
        run.rollOut(run.context().withRetiringReaderKey(Optional.empty()));
    }

    /** The service's own URL first, then every custom domain. */
    public static List<DeployedEndpoint> endpoints(Blueprint blueprint, String serviceUrl) {
        List<DeployedEndpoint> endpoints = new ArrayList<>(List.of(new DeployedEndpoint(trimSlash(serviceUrl),
                Optional.empty())));
        endpoints.add(new DeployedEndpoint("https://" + blueprint.domain().name(), Optional.empty()));
        blueprint.domain().alternativeNames().forEach(name -> endpoints.add(new DeployedEndpoint("https://" + name,
                Optional.empty())));
        return List.copyOf(endpoints);
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
        DnsRecordWriter dns = new DnsRecordWriter(aws.lightsail(), aws.route53());
        console.line("The custom domain needs this DNS record (a CNAME cannot sit at a zone apex; use a subdomain):");
        for (String name : names) {
            ValidationRecord record = new ValidationRecord(name, "CNAME", serviceHost);
            console.line("  " + record.render());
            dns.write(name, List.of(record)).ifPresentOrElse(where -> console.line("  created in " + where + "."),
                    () -> console.line("  create it at your DNS provider."));
        }
    }

    private static String trimSlash(String url) {
        return url != null && url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
