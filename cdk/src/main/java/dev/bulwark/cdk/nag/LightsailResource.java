package dev.bulwark.cdk.nag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.Objects;

/**
 * One resource exactly as the synthesized template states it (raw overrides included), which is all a rule
 * may look at: rules stay pure functions that tests can call without a CDK app.
 *
 * @param type       CloudFormation type, e.g. {@code AWS::Lightsail::Instance}
 * @param logicalId  the resource's logical id in its template
 * @param properties the {@code Properties} object; an empty object when the template has none
 */
public record LightsailResource(String type, String logicalId, JsonNode properties) {

    public LightsailResource {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(logicalId, "logicalId");
        properties = properties == null || properties.isNull() || properties.isMissingNode()
                ? JsonNodeFactory.instance.objectNode() : properties;
    }

    public boolean is(String cloudFormationType) {
        return type.equals(cloudFormationType);
    }

    /** The property at {@code name}, or a missing node; never null. */
    public JsonNode property(String name) {
        return properties.path(name);
    }

    /** A container service's containers ({@code ContainerServiceDeployment.Containers}); empty when absent. */
    public JsonNode containers() {
        return property("ContainerServiceDeployment").path("Containers");
    }

    /** A container service's public endpoint; a missing node when the deployment has none. */
    public JsonNode publicEndpoint() {
        return property("ContainerServiceDeployment").path("PublicEndpoint");
    }
}
