package dev.bulwark.advisory.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.advisory.AgentVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The published gateway releases, from the release-fingerprint table (its rows list every registry version). */
final class ReleaseList {
    private ReleaseList() {
    }

    static List<AgentVersion> read(Path table) throws IOException {
        JsonNode root = new ObjectMapper().readTree(table.toFile());
        List<AgentVersion> versions = new ArrayList<>();
        for (JsonNode row : root.path("releases")) {
            AgentVersion.parse(row.path("version").asText()).ifPresent(versions::add);
        }
        versions.sort(AgentVersion::compareTo);
        return versions;
    }
}
