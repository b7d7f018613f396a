package dev.bulwark.cdk.container;

import dev.bulwark.baseline.container.ContainerBaseline;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.Mode;
import dev.bulwark.cdk.instance.CertificatePhase;
import dev.bulwark.cdk.instance.GatewaySecrets;
import dev.bulwark.cdk.instance.InstanceStack;
import dev.bulwark.cdk.instance.InstanceStackOutputs;
import dev.bulwark.policy.HardeningPolicy;
import software.amazon.awscdk.App;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Tags;
import software.constructs.Construct;

/**
 * One deployable OpenClaw gateway in {@code container} mode: a {@link GatewayContainerService} whose only public
 * endpoint is the proxy container, its {@link ServiceCertificate}, the deployment's {@link GatewaySecrets} and the
 * {@link SecretReader} the gateway fetches them with at start. No provider key or token is in the template or in
 * any container environment; the reader's key is, as CloudFormation attributes (the accepted exposure).
 *
 * <p>Deployment is two CloudFormation updates, as in instance mode: phase 1 requests the certificate; after its
 * DNS validation, synthesize again with {@code -c bulwark:certificateValidated=true} to attach the custom domain.
 * {@code -c bulwark:readerKeySerial=N} (default 1) picks the reader key; raising it rotates the key. A private
 * Amazon ECR image adds {@code -c bulwark:registryAccessGranted=true} once deploy has granted the service's puller
 * role pull on the repository ({@link RegistryAccess}); until then the service has no deployment.
 */
public final class ContainerStack extends Stack {
    /** The certificate phase output values, per {@link ContainerStackOutputs#CERTIFICATE_PHASE}. */
    public static final String PHASE_PENDING = "pending";
    public static final String PHASE_ATTACHED = "attached";

    private final GatewaySecrets secrets;
    private final SecretReader reader;
    private final ServiceCertificate certificate;
    private final GatewayContainerService service;
    private final CertificatePhase phase;
    private final RegistryAccess registryAccess;

    public ContainerStack(Construct scope, String id, ContainerStackProps props) {
        super(scope, id, props.stackProps());
        Blueprint blueprint = props.blueprint();
        if (blueprint.mode() != Mode.CONTAINER || blueprint.container() == null) {
            throw new IllegalArgumentException("blueprint " + blueprint.name() + " is not in container mode;"
                    + " set mode: container and a container: section, or deploy it as an instance stack");
        }
        phase = CertificatePhase.resolve(this, props.certificateValidated().orElse(null));
        int serial = ReaderKeySerial.resolve(this, props.readerKeySerial().orElse(null));
        ContainerBaseline baseline = ContainerBaseline.forBlueprint(blueprint, HardeningPolicy.defaults());

        secrets = new GatewaySecrets(this, "Secrets", blueprint.secrets());
        reader = new SecretReader(this, "Reader", secrets.gatewayToken(), blueprint.secrets(), serial,
                ReaderKeySerial.retiring(this));
        certificate = new ServiceCertificate(this, "Domain", blueprint.name(), blueprint.domain());
        registryAccess = RegistryAccess.resolve(this, blueprint.container());
        service = new GatewayContainerService(this, "Gateway", blueprint, baseline, reader, certificate, phase,
                registryAccess);

        addOutputs();
        blueprint.tags().forEach((key, value) -> Tags.of(this).add(key, value));
        Tags.of(this).add(InstanceStack.BLUEPRINT_TAG, blueprint.name());
    }

    /** The entry the synth pipeline calls: one stack named {@code bulwark-<blueprint name>}. */
    public static ContainerStack forBlueprint(App app, Blueprint blueprint) {
        return new ContainerStack(app, InstanceStack.stackIdFor(blueprint),
                ContainerStackProps.builder().blueprint(blueprint).build());
    }

    public GatewaySecrets secrets() {
        return secrets;
    }

    public SecretReader reader() {
        return reader;
    }

    public ServiceCertificate certificate() {
        return certificate;
    }

    public GatewayContainerService gateway() {
        return service;
    }

    public CertificatePhase certificatePhase() {
        return phase;
    }

    public RegistryAccess registryAccess() {
        return registryAccess;
    }

    private void addOutputs() {
        output(ContainerStackOutputs.SERVICE_NAME, service.service().getRef(),
                "container service name; GetContainerServices gives its URL");
        output(ContainerStackOutputs.CERTIFICATE_NAME, certificate.certificateName(),
                "certificate name; GetCertificates gives its DNS validation records");
        output(ContainerStackOutputs.CERTIFICATE_PHASE, phase.attached() ? PHASE_ATTACHED : PHASE_PENDING,
                "pending: certificate requested, custom domain not attached; attached: custom domain served");
        output(ContainerStackOutputs.REGISTRY_ACCESS, registryAccess.label(), "private ECR image: awaiting-grant"
                + " (puller role on, no deployment yet), granted (deployment included); not-needed: public images");
        output(ContainerStackOutputs.GATEWAY_TOKEN_SECRET_ARN, secrets.gatewayToken().getSecretArn(),
                "gateway token secret");
        secrets.providerKeys().forEach((provider, secret) -> output(
                InstanceStackOutputs.providerKeySecretArn(provider), secret.getSecretArn(),
                provider + " API key secret (placeholder until bulwark deploy fills it)"));
        output(ContainerStackOutputs.READER_USER_NAME, reader.user().getRef(),
                "IAM user whose access key the gateway reads its secrets with");
        output(ContainerStackOutputs.READER_KEY_SERIAL, Integer.toString(reader.serial()),
                "serial of the reader's current access key; deploy raises "
                        + ContainerStackOutputs.READER_KEY_SERIAL_CONTEXT + " to rotate it");
        reader.retiringSerial().ifPresent(retiring -> output(ContainerStackOutputs.RETIRING_READER_KEY_SERIAL,
                Integer.toString(retiring), "serial of the previous reader key, kept until the service runs with"
                        + " the current one; deploy deletes it then"));
    }

    private void output(String name, String value, String description) {
        CfnOutput.Builder.create(this, name).value(value).description(description).build();
    }
}
