package dev.bulwark.cdk.nag;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;

import java.util.Set;

/**
 * A container service forwards its public endpoint straight to one container port. The gateway and its side
 * services (the hardening policy's gateway port family) must only be reached through the proxy container, so the
 * public endpoint must never target one of those ports, on any container.
 */
final class ContainerGatewayPublicRule extends ResourceTypeRule {

    static final RuleInfo INFO = LightsailRule.describe("ContainerGatewayPublic", Severity.CRITICAL,
            "Container service public endpoint targets the agent gateway",
            "The public endpoint of a container service is reachable from the internet; pointing it at the gateway"
                    + " port or its side services bypasses the proxy that enforces origins, headers and limits.",
            "Make the proxy container the public endpoint and keep the gateway's ports on the private network.");

    private final int gatewayPort;
    private final Set<Integer> family;

    ContainerGatewayPublicRule(LightsailHardeningProps props) {
        super(INFO, LightsailTypes.CONTAINER);
        this.gatewayPort = props.gatewayPort();
        this.family = props.policy().gatewayFamilyPorts(gatewayPort);
    }

    @Override
    RuleVerdict checkApplicable(LightsailResource resource) {
        JsonNode endpoint = resource.publicEndpoint();
        if (!endpoint.isObject()) {
            return RuleVerdict.compliant(); // no public endpoint: nothing is reachable from the internet
        }
        JsonNode port = endpoint.path("ContainerPort");
        if (!port.isNumber() && !(port.isTextual() && port.textValue().matches("[0-9]{1,5}"))) {
            throw new IllegalArgumentException("public endpoint ContainerPort is not a literal port: " + port);
        }
        int target = port.asInt();
        if (family.contains(target)) {
            return RuleVerdict.nonCompliant("public endpoint forwards to container "
                    + endpoint.path("ContainerName").asText("?") + " port " + target
                    + ", a gateway-family port of gateway " + gatewayPort);
        }
        return RuleVerdict.compliant();
    }
}
