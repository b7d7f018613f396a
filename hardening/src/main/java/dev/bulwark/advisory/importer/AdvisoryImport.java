package dev.bulwark.advisory.importer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.bulwark.advisory.AgentVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The converter from the published advisory snapshot ({@code hardening/advisory-sources/openclaw-advisories-*.yaml},
 * Tencent AI-Infra-Guard's data gathered into one file) to bulwark's shipped OSV data, cleaning each defect its
 * header lists (see {@link EntryConverter}) and writing a report of what it cleaned and what it kept out.
 * Regenerate from the repository root with {@link #REGENERATE}; a test fails when the committed output is stale.
 */
public final class AdvisoryImport {
    public static final String REGENERATE = "./mvnw -q -o -pl hardening test -Dtest=AdvisoryImportTest"
            + " -Dbulwark.updateAdvisories=true";
    public static final Path SOURCE = Path.of("hardening/advisory-sources/openclaw-advisories-2026-08-21.yaml");
    public static final Path OUTPUT = Path.of(
            "hardening/src/main/resources/dev/bulwark/advisory/openclaw-advisories.osv.json");
    public static final Path REPORT = Path.of("docs/advisory-import.md");
    /** The published releases, to check that widening a bound skips no real release. */
    public static final Path RELEASES = Path.of(
            "hardening/src/main/resources/dev/bulwark/release/release-fingerprints.json");
    static final String SNAPSHOT_DATE = "2026-08-21";

    private AdvisoryImport() {
    }

    /** What one run produced. */
    public record Result(String osvJson, String reportMarkdown, int imported, int excluded) {
    }

    /** Converts and writes output and report under the repository root {@code args[0]} (default: here). */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Result result = write(root);
        System.out.println("imported " + result.imported() + ", kept out " + result.excluded() + "; wrote "
                + OUTPUT + " and " + REPORT);
    }

    /** Converts the committed source under {@code root} and writes the output and the report there. */
    public static Result write(Path root) throws IOException {
        Result result = convert(root.resolve(SOURCE), root.resolve(RELEASES));
        Files.writeString(root.resolve(OUTPUT), result.osvJson(), StandardCharsets.UTF_8);
        Files.writeString(root.resolve(REPORT), result.reportMarkdown(), StandardCharsets.UTF_8);
        return result;
    }

    public static Result convert(Path source, Path releaseTable) throws IOException {
        List<AgentVersion> releases = ReleaseList.read(releaseTable);
        Source data;
        try (InputStream in = Files.newInputStream(source)) {
            data = new ObjectMapper(new YAMLFactory()).readValue(in, Source.class);
        }
        EntryConverter converter = new EntryConverter(releases, SNAPSHOT_DATE);
        List<EntryConverter.Outcome> outcomes = new ArrayList<>();
        for (SourceEntry entry : data.advisories()) {
            outcomes.add(converter.convert(entry));
        }
        List<Object> records = outcomes.stream().filter(o -> o.record() != null)
                .map(o -> (Object) o.record()).toList();
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(records) + "\n";
        String report = ImportReport.markdown(source.getFileName().toString(), outcomes, REGENERATE);
        return new Result(json, report, records.size(), outcomes.size() - records.size());
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Source(@JsonProperty("advisories") List<SourceEntry> advisories) {
    }

    /** One entry of the source, fields as published. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SourceEntry(@JsonProperty("file") String file, @JsonProperty("cve") String cve,
                       @JsonProperty("ghsa") List<String> ghsa, @JsonProperty("severity") String severity,
                       @JsonProperty("cvss") String cvss, @JsonProperty("summary") String summary,
                       @JsonProperty("details") String details, @JsonProperty("advice") String advice,
                       @JsonProperty("rule") String rule, @JsonProperty("references") List<String> references) {
    }
}
