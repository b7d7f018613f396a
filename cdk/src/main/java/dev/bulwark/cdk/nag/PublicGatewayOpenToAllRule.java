package dev.bulwark.cdk.nag;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;

/**
 * A public way in to a gateway whose shared token is full operator access, with neither an allowlist nor an
 * identity-aware proxy in front: what OpenClaw's own exposure runbook says not to do. A blueprint may accept it
 * ({@code access.acknowledgePublic}), and the finding stays, at high.
 */
final class PublicGatewayOpenToAllRule implements LightsailRule {

    static final RuleInfo INFO = LightsailRule.describe("PublicGatewayOpenToAll", Severity.HIGH,
            "Public gateway reachable from every address",
            "The load balancer or container endpoint is tagged bulwark:access=open: no client allowlist and no"
                    + " identity-aware proxy limits who reaches the gateway's login, and its shared token is full"
                    + " operator access (OpenClaw exposure runbook).",
            "Set access.allowCidrs or access.sso in the blueprint, or access.mode: private and use bulwark tunnel.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public RuleVerdict check(LightsailResource resource) {
        if (!resource.is(LightsailTypes.LOAD_BALANCER) && !resource.is(LightsailTypes.CONTAINER)) {
            return RuleVerdict.notApplicable();
        }
        for (JsonNode tag : resource.property("Tags")) {
            if (AccessTag.KEY.equals(tag.path("Key").asText())) {
                return AccessTag.OPEN.equals(tag.path("Value").asText())
                        ? RuleVerdict.nonCompliant("tag " + AccessTag.KEY + "=" + AccessTag.OPEN
                                + ": neither access.allowCidrs nor access.sso")
                        : RuleVerdict.compliant();
            }
        }
        return RuleVerdict.notApplicable();
    }
}
