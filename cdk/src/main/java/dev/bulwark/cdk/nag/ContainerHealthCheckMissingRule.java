package dev.bulwark.cdk.nag;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;

/**
 * Without a health check on its public endpoint, a container service keeps routing to a proxy whose gateway is down
 * or half-started, and a deployment that never becomes healthy is not rolled back.
 */
final class ContainerHealthCheckMissingRule extends ResourceTypeRule {

    static final RuleInfo INFO = LightsailRule.describe("ContainerHealthCheckMissing", Severity.MEDIUM,
            "Container service public endpoint has no health check",
            "Lightsail uses the public endpoint's health check to decide whether a deployment succeeded and which"
                    + " nodes receive traffic; without an explicit one it probes / and counts any 200-499 answer as healthy.",
            "Set PublicEndpoint.HealthCheckConfig with the proxy's health path and SuccessCodes 200.");

    ContainerHealthCheckMissingRule() {
        super(INFO, LightsailTypes.CONTAINER);
    }

    @Override
    RuleVerdict checkApplicable(LightsailResource resource) {
        JsonNode endpoint = resource.publicEndpoint();
        if (!endpoint.isObject()) {
            return RuleVerdict.notApplicable();
        }
        JsonNode check = endpoint.path("HealthCheckConfig");
        if (!check.isObject()) {
            return RuleVerdict.nonCompliant("public endpoint has no HealthCheckConfig");
        }
        if (check.path("Path").asText("").isBlank()) {
            return RuleVerdict.nonCompliant("public endpoint health check names no Path");
        }
        return RuleVerdict.compliant();
    }
}
