package dev.bulwark.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** What the JSON renderers (verify's JSON and SARIF, discover's JSON) share: the empty document and the printer. */
public final class JsonDocuments {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonDocuments() {
    }

    public static ObjectNode newDocument() {
        return MAPPER.createObjectNode();
    }

    /** Prints {@code document} indented, on its own line, and flushes. */
    public static void print(JsonNode document, PrintWriter out) {
        try {
            out.println(MAPPER.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }
}
