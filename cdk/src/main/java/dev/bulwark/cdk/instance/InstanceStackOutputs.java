package dev.bulwark.cdk.instance;

/**
 * Names of the {@link InstanceStack} outputs, shared with the deploy and status commands that read them.
 * The load balancer's DNS name and the certificate's validation records are not CloudFormation attributes of
 * the Lightsail types; deploy reads them with {@code GetLoadBalancer} and {@code GetLoadBalancerTlsCertificates}
 * using the names output here.
 */
public final class InstanceStackOutputs {
    public static final String INSTANCE_NAME = "InstanceName";
    /** The key pair deploy made before create (imported admin RSA key, or sealed). */
    public static final String KEY_PAIR_NAME = "KeyPairName";
    public static final String STATIC_IP = "StaticIpAddress";
    public static final String LOAD_BALANCER_NAME = "LoadBalancerName";
    /** {@code private} or {@code public}: whether there is a load balancer at all. */
    public static final String ACCESS_MODE = "AccessMode";
    public static final String CERTIFICATE_NAME = "CertificateName";
    public static final String CERTIFICATE_STATUS = "CertificateStatus";
    public static final String CERTIFICATE_PHASE = "CertificatePhase";
    public static final String GATEWAY_TOKEN_SECRET_ARN = "GatewayTokenSecretArn";
    /** Followed by the provider in PascalCase, e.g. {@code ProviderKeySecretArnAnthropic}. */
    public static final String PROVIDER_KEY_SECRET_ARN_PREFIX = "ProviderKeySecretArn";
    public static final String POST_CREATE_STEPS = "PostCreateSteps";
    /** The digest of the host baseline the instance was built from (also its {@code bulwark:baseline} tag). */
    public static final String BASELINE_DIGEST = "BaselineDigest";
    /** {@code path=hash} per baseline file, so that deploy and plan can name what changed. */
    public static final String BASELINE_FILES = "BaselineFiles";
    /** Which {@link InstanceGeneration} the instance is. */
    public static final String INSTANCE_GENERATION = "InstanceGeneration";

    private InstanceStackOutputs() {
    }

    public static String providerKeySecretArn(String provider) {
        return PROVIDER_KEY_SECRET_ARN_PREFIX + LogicalNames.pascal(provider);
    }
}
