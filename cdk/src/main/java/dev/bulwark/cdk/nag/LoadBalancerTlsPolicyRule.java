package dev.bulwark.cdk.nag;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.policy.HardeningPolicy;


/** A Lightsail load balancer must negotiate TLS 1.2 or newer only; the default policy still allows 1.0 and 1.1. */
final class LoadBalancerTlsPolicyRule extends ResourceTypeRule {

    /** What Lightsail applies when TlsPolicyName is absent (not what bulwark's stacks choose). */
    static final String LIGHTSAIL_DEFAULT_POLICY = "TLS-2016-08";

    static final RuleInfo INFO = LightsailRule.describe("LoadBalancerTlsPolicy", Severity.HIGH,
            "Load balancer TLS policy allows TLS older than 1.2",
            "Without TlsPolicyName the load balancer uses TLS-2016-08, which accepts TLS 1.0 and 1.1 and "
                    + "non-forward-secret ciphers.",
            "Set TlsPolicyName to TLS-FS-Res-1-2-2019-08.");

    private final HardeningPolicy.Tls tls;

    LoadBalancerTlsPolicyRule(LightsailHardeningProps props) {
        super(INFO, LightsailTypes.LOAD_BALANCER);
        this.tls = props.policy().tls();
    }

    @Override
    RuleVerdict checkApplicable(LightsailResource resource) {
        JsonNode policy = resource.property("TlsPolicyName");
        if (policy.isMissingNode() || policy.isNull()) {
            return RuleVerdict.nonCompliant("TlsPolicyName is absent, so the default " + LIGHTSAIL_DEFAULT_POLICY
                    + " (TLS 1.0 and 1.1 allowed) applies");
        }
        if (!policy.isTextual()) {
            throw new IllegalArgumentException("TlsPolicyName is not a literal string: " + policy);
        }
        return tls.isModernLoadBalancerPolicy(policy.textValue()) ? RuleVerdict.compliant()
                : RuleVerdict.nonCompliant("TlsPolicyName " + policy.textValue() + " allows protocols below "
                + tls.minimumProtocol() + " or is unknown to the hardening policy");
    }
}
