package dev.bulwark.cdk.instance;

import dev.bulwark.testing.Requirement;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every synthesized {@code AWS::Lightsail::*} resource against AWS's own resource schema: a wrong property name
 * or type, or a read-only property we try to set, fails here instead of at deploy time.
 */
class LightsailSchemaConformanceTest {

    private static Path folder;

    @BeforeAll
    static void locateSchemas() {
        folder = LightsailSchemas.folder().orElse(null);
        Requirement.require(folder != null, Requirement.Component.CFN_SCHEMAS, "shared/cfn-schemas/lightsail (looked "
                + "above " + Path.of("").toAbsolutePath() + "; or set -D" + LightsailSchemas.PROPERTY + "=<dir>)");
    }

    @Test
    void lightsailResources_bothFixtures_conformToTheirSchemas() {
        List<String> problems = new ArrayList<>();
        Set<String> typesSeen = new TreeSet<>();
        SynthesizedTemplates.all().forEach((fixture, template) ->
                lightsailResources(template).forEach((logicalId, resource) -> {
                    String type = resource.path("Type").asText();
                    typesSeen.add(type);
                    JsonNode schema = LightsailSchemas.document(folder, type).orElse(null);
                    if (schema == null) {
                        problems.add(fixture + "/" + logicalId + ": no schema for " + type);
                        return;
                    }
                    JsonNode properties = resolveIntrinsics(resource.path("Properties"));
                    for (ValidationMessage message : LightsailSchemas.compile(schema).validate(properties)) {
                        problems.add(fixture + "/" + logicalId + " (" + type + "): " + message.getMessage());
                    }
                    for (String readOnly : setReadOnly(schema, properties)) {
                        problems.add(fixture + "/" + logicalId + " (" + type + "): sets read-only " + readOnly);
                    }
                }));

        assertEquals(Set.of("AWS::Lightsail::Instance", "AWS::Lightsail::LoadBalancer",
                "AWS::Lightsail::LoadBalancerTlsCertificate", "AWS::Lightsail::StaticIp"), typesSeen);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void validator_propertyWithWrongNameAndType_isReported() {
        // Guards the check above: a schema that silently accepted anything would make it pass vacuously.
        JsonNode schema = LightsailSchemas.document(folder, "AWS::Lightsail::LoadBalancer").orElseThrow();
        ObjectNode bad = JsonNodeFactory.instance.objectNode()
                .put("LoadBalancerName", "lb")
                .put("InstancePort", "eighty")
                .put("HealthcheckPath", "/healthz");
        Set<ValidationMessage> messages = LightsailSchemas.compile(schema).validate(bad);
        assertEquals(2, messages.size(), messages.toString());
    }

    @Test
    void readOnlyCheck_instanceSettingPublicIpAddress_isReported() {
        JsonNode schema = LightsailSchemas.document(folder, "AWS::Lightsail::Instance").orElseThrow();
        ObjectNode props = JsonNodeFactory.instance.objectNode().put("PublicIpAddress", "192.0.2.1");
        assertEquals(List.of("/properties/PublicIpAddress"), setReadOnly(schema, props));
    }

    private static Map<String, JsonNode> lightsailResources(Template template) {
        Map<String, JsonNode> out = new java.util.TreeMap<>();
        SynthesizedTemplates.json(template).path("Resources").properties().forEach(e -> {
            if (e.getValue().path("Type").asText().startsWith("AWS::Lightsail::")) {
                out.put(e.getKey(), e.getValue());
            }
        });
        return out;
    }

    private static List<String> setReadOnly(JsonNode schema, JsonNode properties) {
        return LightsailSchemas.setReadOnly(schema, properties);
    }

    private static JsonNode resolveIntrinsics(JsonNode node) {
        return LightsailSchemas.resolveIntrinsics(node);
    }
}
