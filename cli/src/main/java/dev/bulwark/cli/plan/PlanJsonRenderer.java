package dev.bulwark.cli.plan;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.blueprint.BlueprintProblem;
import dev.bulwark.cli.VersionProvider;
import dev.bulwark.plan.Plan;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The plan as one JSON document for CI: {@code {tool, version, plan: {...}}}, paths and locations as strings. */
final class PlanJsonRenderer {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(new SimpleModule()
                    .addSerializer(Path.class, new ToStringSerializer<>())
                    .addSerializer(BlueprintProblem.class, new JsonSerializer<>() {
                        @Override
                        public void serialize(BlueprintProblem p, JsonGenerator gen, SerializerProvider sp)
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

    void render(Plan plan, PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("tool", "bulwark");
        root.put("version", VersionProvider.version());
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
