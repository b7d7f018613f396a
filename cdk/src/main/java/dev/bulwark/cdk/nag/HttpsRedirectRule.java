package dev.bulwark.cdk.nag;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;

/**
 * An attached certificate must redirect plain HTTP to HTTPS. Before attachment (phase 1 of the certificate
 * flow, while DNS validation is pending) Lightsail refuses the redirect flag, so the rule does not apply.
 */
final class HttpsRedirectRule implements LightsailRule {

    static final RuleInfo INFO = LightsailRule.describe("HttpsRedirectOff", Severity.MEDIUM,
            "Attached load balancer certificate does not redirect HTTP to HTTPS",
            "Without the redirect, clients that start on http:// send the gateway token and chat traffic in "
                    + "clear text.",
            "Set HttpsRedirectionEnabled: true on the attached LoadBalancerTlsCertificate.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public RuleVerdict check(LightsailResource resource) {
        if (!resource.is(LightsailTypes.LOAD_BALANCER_CERTIFICATE) || !isTrue(resource.property("IsAttached"))) {
            return RuleVerdict.notApplicable();
        }
        return isTrue(resource.property("HttpsRedirectionEnabled")) ? RuleVerdict.compliant()
                : RuleVerdict.nonCompliant("IsAttached is true but HttpsRedirectionEnabled is not");
    }

    static boolean isTrue(JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual() && (value.textValue().equals("true") || value.textValue().equals("false"))) {
            return Boolean.parseBoolean(value.textValue());
        }
        if (value.isMissingNode() || value.isNull()) {
            return false;
        }
        throw new IllegalArgumentException("expected a literal boolean, got " + value);
    }
}
