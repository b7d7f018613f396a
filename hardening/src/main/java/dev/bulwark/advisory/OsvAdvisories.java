package dev.bulwark.advisory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.findings.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads advisories in the OSV schema (https://ossf.github.io/osv-schema/), as osv.dev's npm export and GitHub's
 * advisory database publish them: a file holds one record or a JSON array of records; a directory is read file by
 * file ({@code *.json}, sorted). Only {@code affected} entries of the gateway's npm packages ({@code openclaw},
 * {@code clawdbot}, {@code moltbot}) count; a record without one is skipped. Versions are compared in
 * {@link AgentVersion}'s order (OpenClaw's hotfix {@code -N} comes after its release, unlike npm semver).
 */
public final class OsvAdvisories {
    /** The npm packages the gateway was published as. */
    public static final Set<String> PACKAGES = Set.of("openclaw", "clawdbot", "moltbot");

    private static final ObjectMapper JSON = new ObjectMapper();

    private OsvAdvisories() {
    }

    /** What one OSV source held. */
    public record Loaded(List<Advisory> advisories, int skipped, Optional<String> newestModified) {
    }

    /** Reads a file or every {@code *.json} file of a directory. */
    public static Loaded read(Path fileOrDirectory) throws IOException {
        List<Path> files = JsonFiles.in(fileOrDirectory);
        Accumulator acc = new Accumulator();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                acc.add(JSON.readTree(in), file.toString());
            }
        }
        return acc.loaded();
    }

    /** Reads one JSON document (a record or an array of records); {@code name} appears in messages. */
    public static Loaded read(InputStream json, String name) throws IOException {
        Accumulator acc = new Accumulator();
        acc.add(JSON.readTree(json), name);
        return acc.loaded();
    }

    private static final class Accumulator {
        private final List<Advisory> advisories = new ArrayList<>();
        private int skipped;
        private Optional<String> newest = Optional.empty();

        void add(JsonNode root, String name) {
            if (root == null || !(root.isArray() || root.isObject())) {
                throw new IllegalArgumentException(name + ": not an OSV record or a JSON array of OSV records");
            }
            List<JsonNode> records = new ArrayList<>();
            if (root.isArray()) {
                root.forEach(records::add);
            } else {
                records.add(root);
            }
            for (JsonNode record : records) {
                Optional<Advisory> advisory = toAdvisory(record, name);
                if (advisory.isPresent()) {
                    advisories.add(advisory.get());
                    String modified = record.path("modified").asText("");
                    if (!modified.isEmpty() && newest.map(n -> modified.compareTo(n) > 0).orElse(true)) {
                        newest = Optional.of(modified);
                    }
                } else {
                    skipped++;
                }
            }
        }

        Loaded loaded() {
            return new Loaded(advisories, skipped, newest);
        }
    }

    static Optional<Advisory> toAdvisory(JsonNode record, String name) {
        String osvId = record.path("id").asText("");
        String where = name + ": OSV record " + (osvId.isEmpty() ? "(without id)" : osvId);
        if (osvId.isEmpty()) {
            throw new IllegalArgumentException(where + " needs an id");
        }
        List<VersionRange> ranges = new ArrayList<>();
        for (JsonNode affected : record.path("affected")) {
            JsonNode pkg = affected.path("package");
            if (!pkg.path("ecosystem").asText("").equalsIgnoreCase("npm")
                    || !PACKAGES.contains(pkg.path("name").asText(""))) {
                continue;
            }
            try {
                ranges.addAll(ranges(affected));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        if (ranges.isEmpty()) {
            return Optional.empty();
        }
        List<String> aliases = new ArrayList<>();
        aliases.add(osvId);
        record.path("aliases").forEach(a -> aliases.add(a.asText()));
        Optional<String> cve = aliases.stream().filter(a -> a.startsWith("CVE-")).findFirst();
        List<String> ghsa = aliases.stream().filter(a -> a.startsWith("GHSA-")).distinct().toList();
        String id = cve.orElse(ghsa.isEmpty() ? osvId : ghsa.get(0));
        Optional<Severity> publisher = Severity.parse(record.path("database_specific").path("severity")
                .asText(null));
        Optional<String> vector = Optional.empty();
        for (JsonNode s : record.path("severity")) {
            if (s.path("type").asText("").startsWith("CVSS")) {
                vector = Optional.of(s.path("score").asText());
            }
        }
        String summary = record.path("summary").asText("");
        if (summary.isBlank()) {
            summary = record.path("details").asText("").lines().findFirst().orElse(id);
        }
        List<String> references = new ArrayList<>();
        record.path("references").forEach(r -> references.add(r.path("url").asText()));
        Optional<AgentVersion> fixed = ranges.stream().allMatch(r -> r.fixed().isPresent())
                ? ranges.stream().map(r -> r.fixed().get()).max(Comparator.naturalOrder()) : Optional.empty();
        return Optional.of(new Advisory(id, cve, ghsa, ranges, fixed, ExposureSeverity.of(publisher, vector),
                summary.strip(), references.stream().filter(r -> !r.isBlank()).distinct().toList(), name));
    }

    private static List<VersionRange> ranges(JsonNode affected) {
        List<VersionRange> ranges = new ArrayList<>();
        for (JsonNode range : affected.path("ranges")) {
            String type = range.path("type").asText("");
            if (!type.equals("ECOSYSTEM") && !type.equals("SEMVER")) {
                continue;  // GIT ranges name commits, which a remote observer cannot see
            }
            Optional<AgentVersion> introduced = Optional.empty();
            boolean open = false;
            for (JsonNode event : range.path("events")) {
                if (event.has("introduced")) {
                    String value = event.get("introduced").asText();
                    introduced = value.equals("0") ? Optional.empty() : Optional.of(AgentVersion.of(value));
                    open = true;
                } else if (event.has("fixed")) {
                    ranges.add(new VersionRange(introduced, Optional.of(AgentVersion.of(event.get("fixed").asText())),
                            Optional.empty()));
                    introduced = Optional.empty();
                    open = false;
                } else if (event.has("last_affected")) {
                    ranges.add(new VersionRange(introduced, Optional.empty(),
                            Optional.of(AgentVersion.of(event.get("last_affected").asText()))));
                    introduced = Optional.empty();
                    open = false;
                }
            }
            if (open) {
                ranges.add(new VersionRange(introduced, Optional.empty(), Optional.empty()));  // no fix yet
            }
        }
        for (JsonNode version : affected.path("versions")) {
            AgentVersion.parse(version.asText()).ifPresent(v -> ranges.add(
                    new VersionRange(Optional.of(v), Optional.empty(), Optional.of(v))));
        }
        return ranges;
    }
}
