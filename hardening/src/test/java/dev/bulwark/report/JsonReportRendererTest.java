package dev.bulwark.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonReportRendererTest extends AbstractReportRendererTest {
    /** The documented schema users read; the test runs in the module directory. */
    static final Path SCHEMA = Path.of("..", "docs", "report-schema.json");

    @Override
    ReportRenderer renderer() {
        return new JsonReportRenderer();
    }

    @Override
    String goldenFile() {
        return "verify-report.json";
    }

    static JsonSchema schema() throws IOException {
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    @Test
    void render_fixture_validatesAgainstDocumentedSchema() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(renderFixture());
        Set<ValidationMessage> errors = schema().validate(doc);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void documentedSchema_findingWithoutRuleId_isRejected() throws IOException {
        ObjectNode doc = (ObjectNode) new ObjectMapper().readTree(renderFixture());
        ((ObjectNode) doc.get("findings").get(0)).remove("ruleId");
        assertFalse(schema().validate(doc).isEmpty(), "the schema must catch a finding without ruleId");
    }

    @Test
    void render_fixture_countsOnlyUnwaivedFindingsBySeverity() throws IOException {
        JsonNode summary = new ObjectMapper().readTree(renderFixture()).get("summary");
        assertEquals(2, summary.get("bySeverity").get("high").asInt(), "TLS finding + unreachable target");
        assertEquals(2, summary.get("bySeverity").get("medium").asInt(), "HSTS + expired waiver");
        assertEquals(1, summary.get("waived").asInt());
        assertEquals(1, summary.get("targetsNotChecked").asInt());
    }
}
