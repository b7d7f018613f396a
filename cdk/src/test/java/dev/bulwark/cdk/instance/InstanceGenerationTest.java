package dev.bulwark.cdk.instance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.baseline.BaselineFingerprint;
import dev.bulwark.baseline.HostBaseline;
import dev.bulwark.blueprint.Blueprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.assertions.Template;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real CDK synth: a new instance generation renames the instance under the same logical id (CloudFormation
 * replaces it, since InstanceName is create-only), while the static IP and the load balancer keep pointing at it by
 * reference; the instance carries its baseline's digest as a tag and the stack outputs it.
 */
class InstanceGenerationTest {
    private static final String INSTANCE = "AWS::Lightsail::Instance";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private JsonNode synth(Blueprint blueprint, Map<String, Object> context) {
        App app = new App(AppProps.builder().outdir(dir.resolve("out" + context.hashCode()).toString())
                .context(context).build());
        return JSON.valueToTree(Template.fromStack(InstanceStack.forBlueprint(app, blueprint)).toJSON());
    }

    private static Map.Entry<String, JsonNode> instance(JsonNode template) {
        var resources = template.path("Resources").fields();
        while (resources.hasNext()) {
            var entry = resources.next();
            if (INSTANCE.equals(entry.getValue().path("Type").asText())) {
                return entry;
            }
        }
        throw new AssertionError("no instance in " + template);
    }

    private static String staticIpName(JsonNode template) {
        for (JsonNode resource : template.path("Resources")) {
            if ("AWS::Lightsail::StaticIp".equals(resource.path("Type").asText())) {
                return resource.path("Properties").path("StaticIpName").asText();
            }
        }
        throw new AssertionError("no static IP in " + template);
    }

    @Test
    void generation2_renamesTheInstanceUnderTheSameLogicalIdAndDependentsFollowByRef() {
        Blueprint blueprint = TestBlueprints.open();
        JsonNode first = synth(blueprint, Map.of(CertificatePhase.CONTEXT_KEY, "true"));
        JsonNode second = synth(blueprint, Map.of(CertificatePhase.CONTEXT_KEY, "true",
                InstanceGeneration.CONTEXT_KEY, "2"));

        String logicalId = instance(first).getKey();
        assertEquals(logicalId, instance(second).getKey(), "same resource, so a replacement and not add + remove");
        assertEquals(blueprint.name(), instance(first).getValue().path("Properties").path("InstanceName").asText());
        assertEquals(blueprint.name() + "-g2",
                instance(second).getValue().path("Properties").path("InstanceName").asText());
        assertEquals(staticIpName(first), staticIpName(second), "the static IP keeps its name, so its address");
        assertEquals(blueprint.name() + "-ip", staticIpName(second));
        String text = second.toString();
        assertTrue(text.contains("\"AttachedTo\":{\"Ref\":\"" + logicalId + "\"}"), "static IP follows: " + text);
        assertTrue(text.contains("\"AttachedInstances\":[{\"Ref\":\"" + logicalId + "\"}]"), "LB follows: " + text);
        assertEquals("2", second.path("Outputs").path(InstanceStackOutputs.INSTANCE_GENERATION).path("Value").asText());
    }

    @Test
    void baseline_digestTaggedOnTheInstanceAndOutputWithItsFiles() {
        Blueprint blueprint = TestBlueprints.open();
        BaselineFingerprint expected = BaselineFingerprint.of(HostBaseline.withDefaultPolicy(), blueprint);
        JsonNode template = synth(blueprint, Map.of());

        JsonNode tags = instance(template).getValue().path("Properties").path("Tags");
        boolean tagged = false;
        for (JsonNode tag : tags) {
            tagged |= HardenedInstance.BASELINE_TAG.equals(tag.path("Key").asText())
                    && expected.digest().equals(tag.path("Value").asText());
        }
        assertTrue(tagged, "bulwark:baseline=" + expected.digest() + " in " + tags);
        assertEquals(expected.digest(),
                template.path("Outputs").path(InstanceStackOutputs.BASELINE_DIGEST).path("Value").asText());
        assertEquals(expected, BaselineFingerprint.parse(expected.digest(), template.path("Outputs")
                .path(InstanceStackOutputs.BASELINE_FILES).path("Value").asText()).orElseThrow());
    }

    @Test
    void baseline_anotherSnapshotHour_changesTheDigestAndNamesTheFile() {
        BaselineFingerprint before = BaselineFingerprint.of(HostBaseline.withDefaultPolicy(), TestBlueprints.open());
        BaselineFingerprint after = BaselineFingerprint.of(HostBaseline.withDefaultPolicy(),
                TestBlueprints.withSnapshotHour(TestBlueprints.open(), 3));

        assertNotEquals(before.digest(), after.digest());
        assertTrue(!after.changesSince(before).isEmpty()
                && after.changesSince(before).stream().allMatch(path -> path.startsWith("/")),
                after.changesSince(before).toString());
        assertEquals(java.util.List.of(), before.changesSince(before));
    }

    @Test
    void generation_notAWholeNumber_refusedWithTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> synth(TestBlueprints.open(), Map.of(InstanceGeneration.CONTEXT_KEY, "two")));

        assertTrue(e.getMessage().contains(InstanceGeneration.CONTEXT_KEY), e.getMessage());
    }
}
