package dev.bulwark.cdk.instance;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.cdk.nag.AccessTag;
import software.amazon.awscdk.services.lightsail.CfnLoadBalancer;
import software.amazon.awscdk.services.lightsail.CfnLoadBalancerTlsCertificate;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;

/**
 * The only public way to the gateway: a Lightsail load balancer terminating TLS and forwarding to the reverse
 * proxy on the instance's private address ({@link FirewallPorts#PROXY_PORT}).
 *
 * <p>Two phases (see {@link CertificatePhase}). In phase 1 the certificate is requested with
 * {@code IsAttached: false}, {@code HttpsRedirectionEnabled} is left out (Lightsail accepts it only on an attached
 * certificate), and the instance is <em>not</em> attached: until a certificate is attached the load balancer
 * speaks plain HTTP only, and the gateway must not be reachable that way. After DNS validation, phase 2
 * ({@code -c bulwark:certificateValidated=true}) attaches the certificate, sets {@code HttpsRedirectionEnabled}
 * from {@code tls.httpsRedirect}; the instance is attached only in the update after that, since CloudFormation
 * updates the load balancer (and attaches instances) before the certificate that refers to it.
 *
 * <p>The certificate's DNS validation records are not CloudFormation attributes (the resource exposes only its
 * ARN and {@code Status}); deploy reads them with {@code GetLoadBalancerTlsCertificates}.
 */
public final class GatewayLoadBalancer extends Construct {
    public static final String HEALTH_CHECK_PATH = "/healthz";
    /** Lightsail's limit for {@code CertificateAlternativeNames}. */
    public static final int MAX_ALTERNATIVE_NAMES = 9;

    private final CfnLoadBalancer loadBalancer;
    private final CfnLoadBalancerTlsCertificate certificate;

    public GatewayLoadBalancer(Construct scope, String id, Blueprint blueprint, String instanceNameRef,
                               CertificatePhase phase) {
        this(scope, id, blueprint, instanceNameRef, phase, phase.attached());
    }

    /**
     * @param attachInstance put the instance behind the load balancer; only once HTTPS is in place (deploy does it
     *                       in an update of its own after the certificate's, see {@link CertificatePhase#HOLD_BACKEND_CONTEXT})
     */
    public GatewayLoadBalancer(Construct scope, String id, Blueprint blueprint, String instanceNameRef,
                               CertificatePhase phase, boolean attachInstance) {
        super(scope, id);
        getNode().addValidation(() -> validate(blueprint));

        CfnLoadBalancer.Builder lb = CfnLoadBalancer.Builder.create(this, "LoadBalancer")
                .loadBalancerName(blueprint.name() + "-lb")
                .instancePort(FirewallPorts.PROXY_PORT)
                .healthCheckPath(HEALTH_CHECK_PATH)
                .ipAddressType(blueprint.network().ipAddressType())
                .tlsPolicyName(blueprint.tls().policy())
                .tags(List.of(AccessTag.of(blueprint.access())));
        if (attachInstance && phase.attached()) {
            lb.attachedInstances(List.of(instanceNameRef));
        }
        loadBalancer = lb.build();

        CfnLoadBalancerTlsCertificate.Builder cert = CfnLoadBalancerTlsCertificate.Builder.create(this, "Certificate")
                .loadBalancerName(loadBalancer.getRef())
                .certificateName(blueprint.name() + "-cert")
                .certificateDomainName(blueprint.domain().name())
                .isAttached(phase.attached());
        List<String> alternatives = certificateAlternatives(blueprint);
        if (!alternatives.isEmpty()) {
            cert.certificateAlternativeNames(alternatives);
        }
        if (phase.attached()) {
            cert.httpsRedirectionEnabled(blueprint.tls().httpsRedirect());
        }
        certificate = cert.build();
    }

    public CfnLoadBalancer loadBalancer() {
        return loadBalancer;
    }

    public CfnLoadBalancerTlsCertificate certificate() {
        return certificate;
    }

    /** The domain's alternative names, and the canvas host name when agent-written pages are served. */
    static List<String> certificateAlternatives(Blueprint blueprint) {
        List<String> names = new ArrayList<>(blueprint.domain().alternativeNames());
        if (blueprint.access().canvas().enabled()) {
            blueprint.access().canvas().hostName().ifPresent(names::add);
        }
        return List.copyOf(names);
    }

    private static List<String> validate(Blueprint blueprint) {
        List<String> errors = new ArrayList<>();
        List<String> alternatives = certificateAlternatives(blueprint);
        if (alternatives.size() > MAX_ALTERNATIVE_NAMES) {
            errors.add("domain.alternativeNames has " + alternatives.size() + " names; Lightsail certificates take"
                    + " at most " + MAX_ALTERNATIVE_NAMES + ": move the rest to a second deployment");
        }
        for (String name : concat(blueprint.domain().name(), alternatives)) {
            if (name == null || name.isBlank() || name.contains("*")) {
                errors.add("certificate name '" + name + "' must be a plain host name; Lightsail load balancer"
                        + " certificates take no wildcards");
            }
        }
        if (blueprint.tls().policy() == null || blueprint.tls().policy().isBlank()) {
            errors.add("tls.policy is empty; name a TLS 1.2-only policy such as TLS-FS-Res-1-2-2019-08");
        }
        return errors;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
