package dev.bulwark.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.bulwark.findings.Finding;
import dev.bulwark.findings.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SarifReportRendererTest extends AbstractReportRendererTest {

    @Override
    ReportRenderer renderer() {
        return new SarifReportRenderer(Path.of("").toAbsolutePath());
    }

    @Override
    String goldenFile() {
        return "verify-report.sarif";
    }

    /** The official SARIF 2.1.0 schema (see src/test/resources/schemas/README.md for its origin). */
    static JsonSchema sarifSchema() throws IOException {
        try (InputStream in = SarifReportRendererTest.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    JsonNode sarif() throws IOException {
        return new ObjectMapper().readTree(renderFixture());
    }

    @Test
    void render_fixture_validatesAgainstOfficialSarifSchema() throws IOException {
        Set<ValidationMessage> errors = sarifSchema().validate(sarif());
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void officialSchema_resultWithUnknownLevel_isRejected() throws IOException {
        ObjectNode doc = (ObjectNode) sarif();
        ((ObjectNode) doc.at("/runs/0/results/0")).put("level", "fatal");
        assertFalse(sarifSchema().validate(doc).isEmpty(), "the schema must catch an invalid level");
    }

    @Test
    void render_fixture_everyResultHasAPhysicalLocationAndMatchingRuleIndex() throws IOException {
        JsonNode run = sarif().at("/runs/0");
        for (JsonNode result : run.get("results")) {
            JsonNode physical = result.at("/locations/0/physicalLocation");
            assertFalse(physical.at("/artifactLocation/uri").asText().isEmpty(), result.toString());
            assertTrue(physical.at("/region/startLine").asInt() >= 1, result.toString());
            JsonNode rule = run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt());
            assertEquals(result.get("ruleId").asText(), rule.get("id").asText());
            assertFalse(result.at("/partialFingerprints/" + Fingerprints.KEY.replace("/", "~1")).asText().isEmpty());
        }
    }

    @Test
    void render_blueprintFinding_pointsAtGoverningLine() throws IOException {
        JsonNode tls = find(sarif(), "TLS_OLD_PROTOCOL");
        assertEquals("blueprints/agent.yaml", tls.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(14, tls.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals("error", tls.get("level").asText());
    }

    @Test
    void render_waivedFinding_hasAcceptedExternalSuppression() throws IOException {
        JsonNode port = find(sarif(), "PORT_UNEXPECTED_OPEN");
        assertEquals("external", port.at("/suppressions/0/kind").asText());
        assertEquals("accepted", port.at("/suppressions/0/status").asText());
        assertTrue(find(sarif(), "TLS_OLD_PROTOCOL").path("suppressions").isMissingNode());
    }

    @Test
    void render_rules_carrySecurityTagAndSeverity() throws IOException {
        for (JsonNode rule : sarif().at("/runs/0/tool/driver/rules")) {
            assertEquals("security", rule.at("/properties/tags/0").asText());
            assertTrue(rule.at("/properties/security-severity").isTextual(), rule.toString());
        }
        assertEquals("8.0", find(sarif().at("/runs/0/tool/driver/rules"), "id", "TLS_OLD_PROTOCOL")
                .at("/properties/security-severity").asText());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "certificate expires in 12 days (2026-12-06)|certificate expires in 11 days (2026-12-05)|true",
        "probe took 950 ms|probe took 1200 ms|true",
        "port 22 accepted a TCP connection|port 3306 accepted a TCP connection|false"})
    void fingerprint_volatileEvidence_isStableButDistinctFactsDiffer(String first, String second, boolean same) {
        Finding a = new Finding("RULE", Severity.LOW, "t", null, first, null, null);
        Finding b = new Finding("RULE", Severity.LOW, "t", null, second, null, null);
        if (same) {
            assertEquals(Fingerprints.of(a), Fingerprints.of(b));
        } else {
            assertNotEquals(Fingerprints.of(a), Fingerprints.of(b));
        }
    }

    private static JsonNode find(JsonNode sarif, String ruleId) {
        return find(sarif.at("/runs/0/results"), "ruleId", ruleId);
    }

    private static JsonNode find(JsonNode array, String key, String value) {
        for (JsonNode node : array) {
            if (node.get(key).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no element with " + key + "=" + value + " in " + array);
    }
}
