package dev.bulwark.cdk.instance;

import dev.bulwark.blueprint.Blueprint;
import software.amazon.awscdk.App;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Tags;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One deployable OpenClaw gateway in {@code instance} mode: a {@link HardenedInstance} with its
 * {@link GatewaySecrets}; with {@code access.mode: public} it is reachable only through a
 * {@link GatewayLoadBalancer}, with {@code access.mode: private} (the default) there is no load balancer and no
 * certificate at all: the operator comes in through {@code bulwark tunnel}. Everything comes from one validated
 * blueprint.
 *
 * <p>Deployment is two CloudFormation updates: phase 1 requests the certificate; once its DNS validation has
 * succeeded, synthesize again with {@code -c bulwark:certificateValidated=true} (or
 * {@link InstanceStackProps.Builder#certificateValidated}) to attach it and the instance
 * (see {@link CertificatePhase}). IMDSv2-required and IPv4-only are not expressible in Lightsail CloudFormation;
 * they are recorded as {@link DeploySteps}, as is the key pair deploy creates before the stack.
 */
public final class InstanceStack extends Stack {
    public static final String BLUEPRINT_TAG = "bulwark:blueprint";
    private static final Pattern STACK_NAME_PART = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");

    private final HardenedInstance instance;
    private final GatewayLoadBalancer loadBalancer; // null when private
    private final GatewaySecrets secrets;
    private final CertificatePhase phase;

    public InstanceStack(Construct scope, String id, InstanceStackProps props) {
        super(scope, id, props.stackProps());
        Blueprint blueprint = props.blueprint();
        phase = CertificatePhase.resolve(this, props.certificateValidated().orElse(null));

        instance = new HardenedInstance(this, "Host", blueprint, props.policy());
        loadBalancer = blueprint.access().isPublic()
                ? new GatewayLoadBalancer(this, "Edge", blueprint, instance.instanceNameRef(), phase,
                        phase.attached() && !CertificatePhase.holdBackend(this))
                : null;
        secrets = new GatewaySecrets(this, "Secrets", blueprint.secrets());

        List<DeploySteps.Step> postCreate = DeploySteps.postCreate(blueprint);
        addMetadata(DeploySteps.PRE_CREATE_METADATA_KEY, asMetadata(DeploySteps.preCreate(blueprint)));
        addMetadata(DeploySteps.POST_CREATE_METADATA_KEY, asMetadata(postCreate));

        addOutputs(blueprint, postCreate);
        tag(blueprint);
    }

    /** The entry the synth pipeline calls: one stack named {@code bulwark-<blueprint name>}. */
    public static InstanceStack forBlueprint(App app, Blueprint blueprint) {
        return new InstanceStack(app, stackIdFor(blueprint),
                InstanceStackProps.builder().blueprint(blueprint).build());
    }

    /**
     * @throws IllegalArgumentException if the blueprint name cannot be part of a CloudFormation stack name
     */
    public static String stackIdFor(Blueprint blueprint) {
        String name = blueprint.name();
        if (name == null || !STACK_NAME_PART.matcher(name).matches()) {
            throw new IllegalArgumentException("blueprint name '" + name + "' cannot name a CloudFormation stack:"
                    + " use letters, digits and '-' only, starting with a letter (e.g. 'team-agent')");
        }
        return "bulwark-" + name;
    }

    public HardenedInstance host() {
        return instance;
    }

    /** The public way in; empty for a private gateway. */
    public Optional<GatewayLoadBalancer> edge() {
        return Optional.ofNullable(loadBalancer);
    }

    public GatewaySecrets secrets() {
        return secrets;
    }

    public CertificatePhase certificatePhase() {
        return phase;
    }

    private static List<Map<String, String>> asMetadata(List<DeploySteps.Step> steps) {
        return steps.stream().map(step -> Map.of("action", step.action(), "argument", step.argument())).toList();
    }

    private void addOutputs(Blueprint blueprint, List<DeploySteps.Step> postCreate) {
        output(InstanceStackOutputs.INSTANCE_NAME, instance.instanceNameRef(), "Lightsail instance name");
        output(InstanceStackOutputs.KEY_PAIR_NAME, instance.instance().getKeyPairName(),
                "key pair made by bulwark deploy before create; never the region's default key pair");
        output(InstanceStackOutputs.STATIC_IP, instance.staticIp().getAttrIpAddress(), "static public IPv4 address");
        if (loadBalancer != null) {
            output(InstanceStackOutputs.LOAD_BALANCER_NAME, loadBalancer.loadBalancer().getRef(),
                    "load balancer name; GetLoadBalancer gives its DNS name");
            output(InstanceStackOutputs.CERTIFICATE_NAME, loadBalancer.certificate().getCertificateName(),
                    "certificate name; GetLoadBalancerTlsCertificates gives its DNS validation records");
            output(InstanceStackOutputs.CERTIFICATE_STATUS, loadBalancer.certificate().getAttrStatus(),
                    "certificate validation status when this stack was last updated");
            output(InstanceStackOutputs.CERTIFICATE_PHASE, phase.label(), "which certificate phase was synthesized");
        }
        output(InstanceStackOutputs.ACCESS_MODE, blueprint.access().mode().name().toLowerCase(java.util.Locale.ROOT),
                "private: no load balancer, reach the gateway with bulwark tunnel; public: through the load balancer");
        output(InstanceStackOutputs.GATEWAY_TOKEN_SECRET_ARN, secrets.gatewayToken().getSecretArn(),
                "gateway token secret");
        secrets.providerKeys().forEach((provider, secret) -> output(
                InstanceStackOutputs.providerKeySecretArn(provider), secret.getSecretArn(),
                provider + " API key secret (placeholder until bulwark deploy fills it)"));
        output(InstanceStackOutputs.BASELINE_DIGEST, instance.baselineDigest(),
                "host baseline the instance was built from; a new one replaces the instance (deploy --replace-instance)");
        output(InstanceStackOutputs.BASELINE_FILES, instance.baselineFiles(),
                "hash of each file of that baseline, to name what a new one changes");
        output(InstanceStackOutputs.INSTANCE_GENERATION, Integer.toString(instance.generation()),
                "instance generation; each replacement for a new baseline raises it and renames the instance");
        output(InstanceStackOutputs.POST_CREATE_STEPS, DeploySteps.render(postCreate),
                "Lightsail API calls bulwark deploy makes after create (not expressible in CloudFormation)");
    }

    private void output(String name, String value, String description) {
        CfnOutput.Builder.create(this, name).value(value).description(description).build();
    }

    private void tag(Blueprint blueprint) {
        blueprint.tags().forEach((key, value) -> Tags.of(this).add(key, value));
        Tags.of(this).add(BLUEPRINT_TAG, blueprint.name());
    }
}
