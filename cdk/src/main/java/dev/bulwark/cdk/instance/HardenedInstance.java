package dev.bulwark.cdk.instance;

import dev.bulwark.baseline.BaselineFingerprint;
import dev.bulwark.baseline.HostBaseline;
import dev.bulwark.baseline.UserDataRenderer;
import dev.bulwark.policy.HardeningPolicy;
import dev.bulwark.blueprint.Blueprint;
import software.amazon.awscdk.CfnTag;
import software.amazon.awscdk.IStableStringProducer;
import software.amazon.awscdk.Lazy;
import software.amazon.awscdk.services.lightsail.CfnInstance;
import software.amazon.awscdk.services.lightsail.CfnStaticIp;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Lightsail instance with safe defaults that the L1 type does not give: a firewall with nothing public except
 * SSH from the blueprint's CIDRs, daily automatic snapshots, a static IP, and never the region's default key pair.
 *
 * <p>Key pair: without {@code KeyPairName} Lightsail installs the region's default key pair, whose private key
 * anyone with console access can download. The instance therefore names a bulwark key pair that
 * {@code bulwark deploy} makes before create (see {@link DeploySteps#preCreate}); a plain {@code cdk deploy}
 * without it fails loudly instead of falling back to the default key. {@code AWS::Lightsail::KeyPair} is not
 * used: it cannot import a public key, and the CDK's CloudFormation validator reports the type missing in most
 * Lightsail regions.
 */
public final class HardenedInstance extends Construct {
    public static final String BLUEPRINT_ID = "ubuntu_24_04";
    /** Lightsail names for instances, key pairs, static IPs and load balancers share this shape. */
    static final Pattern LIGHTSAIL_NAME = Pattern.compile("\\w[\\w\\-]*\\w");
    /** The tag the instance carries its {@link BaselineFingerprint#digest()} in. */
    public static final String BASELINE_TAG = "bulwark:baseline";
    private static final int MAX_NAME = 255 - "-key".length() - "-g999".length();

    private final CfnInstance instance;
    private final CfnStaticIp staticIp;
    private final int generation;
    private final HostBaseline baseline;
    private final Blueprint blueprint;

    /**
     * The host baseline (user data) rendered under {@code policy}; the instance named for its
     * {@link InstanceGeneration} (from the CDK context).
     */
    public HardenedInstance(Construct scope, String id, Blueprint blueprint, HardeningPolicy policy) {
        super(scope, id);
        getNode().addValidation(() -> validate(blueprint));
        this.generation = InstanceGeneration.resolve(this);
        this.baseline = new HostBaseline(policy);
        this.blueprint = blueprint;

        instance = CfnInstance.Builder.create(this, "Instance")
                .instanceName(InstanceGeneration.instanceName(blueprint.name(), generation))
                .blueprintId(BLUEPRINT_ID)
                .bundleId(blueprint.bundle())
                .availabilityZone(blueprint.availabilityZone())
                .keyPairName(DeploySteps.keyPairName(blueprint))
                // Rendered at synth, after validation: an invalid blueprint reports its field, not a renderer error.
                .userData(Lazy.string((IStableStringProducer) () -> new UserDataRenderer(baseline).render(blueprint)))
                .tags(List.of(CfnTag.builder().key(BASELINE_TAG)
                        .value(baselineDigest()).build()))
                .networking(CfnInstance.NetworkingProperty.builder()
                        .ports(FirewallPorts.forAdmin(blueprint.admin()))
                        .build())
                .addOns(List.of(CfnInstance.AddOnProperty.builder()
                        .addOnType("AutoSnapshot")
                        .status("Enabled")
                        .autoSnapshotAddOnRequest(CfnInstance.AutoSnapshotAddOnProperty.builder()
                                .snapshotTimeOfDay(blueprint.snapshots().timeOfDay())
                                .build())
                        .build()))
                .build();

        staticIp = CfnStaticIp.Builder.create(this, "StaticIp")
                .staticIpName(staticIpName(blueprint))
                .attachedTo(instance.getRef())
                .build();
    }

    /** The static IP keeps its name across instance generations. */
    public static String staticIpName(Blueprint blueprint) {
        return blueprint.name() + "-ip";
    }

    public CfnInstance instance() {
        return instance;
    }

    public CfnStaticIp staticIp() {
        return staticIp;
    }

    public int generation() {
        return generation;
    }

    /** Which baseline the instance boots with; rendered at synth, after the blueprint's validation. */
    public BaselineFingerprint fingerprint() {
        return BaselineFingerprint.of(baseline, blueprint);
    }

    /** {@link BaselineFingerprint#digest()}, rendered at synth (a token until then). */
    public String baselineDigest() {
        return Lazy.string((IStableStringProducer) () -> fingerprint().digest());
    }

    /** {@link BaselineFingerprint#renderFiles()}, rendered at synth (a token until then). */
    public String baselineFiles() {
        return Lazy.string((IStableStringProducer) () -> fingerprint().renderFiles());
    }

    /** The instance name as a CloudFormation reference, so dependents wait for the instance. */
    public String instanceNameRef() {
        return instance.getRef();
    }

    private static List<String> validate(Blueprint blueprint) {
        List<String> errors = new ArrayList<>();
        String name = blueprint.name();
        if (name == null || name.length() > MAX_NAME || !LIGHTSAIL_NAME.matcher(name).matches()) {
            errors.add("blueprint name '" + name + "' must be letters, digits, '_' or '-' (not at either end),"
                    + " at most " + MAX_NAME + " characters: Lightsail derives instance, key pair, static IP and"
                    + " load balancer names from it");
        }
        int gatewayPort = blueprint.agent().port();
        if (gatewayPort == FirewallPorts.PROXY_PORT || gatewayPort == FirewallPorts.SSH_PORT
                || gatewayPort < 1 || gatewayPort > 65535) {
            errors.add("agent.port " + gatewayPort + " must be 1-65535 and differ from " + FirewallPorts.SSH_PORT
                    + " (SSH) and " + FirewallPorts.PROXY_PORT + " (the reverse proxy the load balancer reaches)");
        }
        if (blueprint.snapshots().autoSnapshotHour() < 0 || blueprint.snapshots().autoSnapshotHour() > 23) {
            errors.add("snapshots.autoSnapshotHour must be 0-23 (UTC), not " + blueprint.snapshots().autoSnapshotHour());
        }
        return errors;
    }
}
