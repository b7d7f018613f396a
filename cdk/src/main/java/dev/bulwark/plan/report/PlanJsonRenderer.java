package dev.bulwark.plan.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.blueprint.SourceProblem;
import dev.bulwark.plan.Plan;
import dev.bulwark.report.JsonReportRenderer;
import dev.bulwark.report.ReportRenderer;
import dev.bulwark.verify.VerifyReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The plan as one JSON document for CI: the report document verify writes (docs/report-schema.json: summary,
 * targets, findings) plus a {@code plan} section with what was synthesized; paths and locations as strings.
 */
public final class PlanJsonRenderer implements ReportRenderer {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(new SimpleModule()
                    .addSerializer(Path.class, new ToStringSerializer<>())
                    .addSerializer(SourceProblem.class, new JsonSerializer<>() {
                        @Override
                        public void serialize(SourceProblem p, JsonGenerator gen, SerializerProvider sp)
                                throws IOException {
                            gen.writeStartObject();
                            gen.writeStringField("file", String.valueOf(p.location().file()));
                            gen.writeNumberField("line", p.location().line());
                            gen.writeNumberField("column", p.location().column());
                            gen.writeStringField("path", p.path());
                            gen.writeStringField("message", p.message());
                            gen.writeStringField("hint", p.hint());
                            gen.writeEndObject();
                        }
                    }));

    private final Plan plan;

    public PlanJsonRenderer(Plan plan) {
        this.plan = plan;
    }

    @Override
    public void render(VerifyReport report, PrintWriter out) {
        ObjectNode root = new JsonReportRenderer().document(report);
        root.set("plan", JSON.valueToTree(plan));
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    private static final class ToStringSerializer<T> extends JsonSerializer<T> {
        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider sp) throws IOException {
            gen.writeString(value.toString());
        }
    }
}
