package dev.bulwark.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.advisory.JsonFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The release-fingerprint table: for every published release of the gateway, what its Control UI page references
 * ({@code release-fingerprints.json} beside this class, written by {@code tests/scripts/fingerprint-releases.sh}
 * from the npm registry; see docs/release-fingerprints.md). Tables passed with {@code --fingerprints} are merged
 * over it, a row replacing the shipped row of the same package and version.
 */
public final class ReleaseTable {
    static final String RESOURCE = "release-fingerprints.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, ReleaseFingerprint> rows;
    private final List<String> generated;

    private ReleaseTable(Map<String, ReleaseFingerprint> rows, List<String> generated) {
        this.rows = rows;
        this.generated = List.copyOf(generated);
    }

    /** The table shipped with bulwark. */
    public static ReleaseTable bundled() {
        try (InputStream in = ReleaseTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath beside "
                        + ReleaseTable.class.getName() + "; the build did not package its resources");
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads one table file; {@code name} appears in error messages. */
    public static ReleaseTable read(InputStream json, String name) throws IOException {
        JsonNode root = JSON.readTree(json);
        if (root == null || !root.path("releases").isArray()) {
            throw new IllegalArgumentException(name + ": not a release-fingerprint table (expected an object with"
                    + " a 'releases' array, as tests/scripts/fingerprint-releases.sh writes)");
        }
        Map<String, ReleaseFingerprint> rows = new LinkedHashMap<>();
        for (JsonNode row : root.path("releases")) {
            String pkg = row.path("package").asText("");
            String version = row.path("version").asText("");
            if (pkg.isEmpty() || version.isEmpty()) {
                throw new IllegalArgumentException(name + ": a release row needs 'package' and 'version'");
            }
            List<String> assets = new ArrayList<>();
            row.path("assets").forEach(a -> assets.add(a.asText()));
            Optional<String> buildId = Optional.ofNullable(row.path("buildId").textValue());
            Optional<String> noPage = Optional.ofNullable(row.path("unfetchable").textValue())
                    .map(r -> "unfetchable: " + r)
                    .or(() -> Optional.ofNullable(row.path("noControlUi").textValue()));
            ReleaseFingerprint fp = new ReleaseFingerprint(pkg, version, new ControlUiSignals(assets, buildId),
                    noPage);
            rows.put(fp.label(), fp);
        }
        String date = root.path("generated").asText("");
        return new ReleaseTable(rows, date.isEmpty() ? List.of() : List.of(name + " " + date));
    }

    /** Reads a table file, or every {@code *.json} table of a directory. */
    public static List<ReleaseTable> read(Path fileOrDirectory) throws IOException {
        List<Path> files = JsonFiles.in(fileOrDirectory);
        List<ReleaseTable> tables = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                tables.add(read(in, file.toString()));
            }
        }
        return tables;
    }

    /** This table with the rows of {@code over} replacing or adding rows. */
    public ReleaseTable overlay(ReleaseTable over) {
        Map<String, ReleaseFingerprint> merged = new LinkedHashMap<>(rows);
        merged.putAll(over.rows);
        List<String> dates = new ArrayList<>(generated);
        dates.addAll(over.generated);
        return new ReleaseTable(merged, dates);
    }

    /** This table with the file or directory {@code path} merged over it. */
    public ReleaseTable withTables(Path path) throws IOException {
        ReleaseTable result = this;
        for (ReleaseTable t : read(path)) {
            result = result.overlay(t);
        }
        return result;
    }

    public List<ReleaseFingerprint> rows() {
        return List.copyOf(rows.values());
    }

    /** Each source with the date it was made, e.g. {@code release-fingerprints.json 2026-12-04}. */
    public List<String> generated() {
        return generated;
    }

    /**
     * The releases whose page matches {@code served}: by build id when the page has one a row knows, else by the
     * entry script ({@code index-<hash>.js}), narrowed by the whole asset list when several releases share it.
     * Empty when the page references no assets (nothing to go by); an identification without candidates when it
     * does but no published release matches (a build bulwark does not know).
     */
    public Optional<ReleaseIdentification> identify(ControlUiSignals served) {
        if (served.buildId().isPresent()) {
            List<ReleaseFingerprint> byBuild = pages().filter(r -> r.signals().buildId().equals(served.buildId()))
                    .toList();
            if (!byBuild.isEmpty()) {
                return Optional.of(new ReleaseIdentification(byBuild, "Control UI build id"));
            }
        }
        Optional<String> entry = served.entryScript();
        if (entry.isEmpty()) {
            return served.assets().isEmpty() ? Optional.empty() : Optional.of(new ReleaseIdentification(List.of(),
                    "Control UI assets " + String.join(", ", served.assets())));
        }
        List<ReleaseFingerprint> byEntry = pages().filter(r -> r.signals().assets().contains(entry.get())).toList();
        String signal = "Control UI entry script assets/" + entry.get();
        if (byEntry.size() > 1) {
            List<ReleaseFingerprint> byAll = byEntry.stream()
                    .filter(r -> r.signals().assets().equals(served.assets())).toList();
            if (!byAll.isEmpty() && byAll.size() < byEntry.size()) {
                return Optional.of(new ReleaseIdentification(byAll, signal + " and all " + served.assets().size()
                        + " asset names"));
            }
        }
        return Optional.of(new ReleaseIdentification(byEntry, signal));
    }

    private Stream<ReleaseFingerprint> pages() {
        return rows.values().stream().filter(ReleaseFingerprint::hasPage);
    }
}
