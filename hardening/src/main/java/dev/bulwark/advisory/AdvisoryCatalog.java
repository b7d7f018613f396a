package dev.bulwark.advisory;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.bulwark.findings.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The advisories the verifier knows: the import of every published advisory ({@code openclaw-advisories.osv.json},
 * written by {@link dev.bulwark.advisory.importer.AdvisoryImport}), the curated entries of {@code advisories.yaml}
 * over it (better summaries, severities checked by hand, later advisories), and whatever OSV files the user passes
 * with {@code --advisories} over both. An entry replaces an earlier one it shares an id with (CVE or GHSA).
 */
public final class AdvisoryCatalog {
    static final String CURATED = "advisories.yaml";
    static final String IMPORTED = "openclaw-advisories.osv.json";

    private final List<Advisory> advisories;
    private final List<DataSource> sources;

    /**
     * Where a part of the catalog came from.
     *
     * @param name    file name or path
     * @param date    the date of its data (the newest {@code modified} of an OSV source), when known
     * @param entries how many advisories it added or replaced
     * @param skipped records it held that are not about the gateway's packages
     */
    public record DataSource(String name, Optional<String> date, int entries, int skipped) {
    }

    private AdvisoryCatalog(List<Advisory> advisories, List<DataSource> sources) {
        this.advisories = advisories.stream().sorted(Comparator
                .comparing((Advisory a) -> a.fixed().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Advisory::id)).toList();
        this.sources = List.copyOf(sources);
    }

    /** The catalog shipped with bulwark. */
    public static AdvisoryCatalog bundled() {
        try (InputStream imported = resource(IMPORTED); InputStream curated = resource(CURATED)) {
            OsvAdvisories.Loaded osv = OsvAdvisories.read(imported, IMPORTED);
            AdvisoryCatalog base = new AdvisoryCatalog(osv.advisories(), List.of(new DataSource(IMPORTED,
                    osv.newestModified(), osv.advisories().size(), osv.skipped())));
            return base.overlay(read(curated, CURATED).advisories, new DataSource(CURATED, Optional.empty(),
                    0, 0));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled advisories", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = AdvisoryCatalog.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the classpath beside "
                    + AdvisoryCatalog.class.getName() + "; the build did not package its resources");
        }
        return in;
    }

    /** This catalog with the OSV file or directory {@code path} merged over it. */
    public AdvisoryCatalog withOsv(Path path) throws IOException {
        OsvAdvisories.Loaded osv = OsvAdvisories.read(path);
        return overlay(osv.advisories(), new DataSource(path.toString(), osv.newestModified(), 0, osv.skipped()));
    }

    /** This catalog with {@code entries} replacing the advisories they share an id with, or added. */
    AdvisoryCatalog overlay(List<Advisory> entries, DataSource source) {
        List<Advisory> merged = new ArrayList<>(advisories);
        for (Advisory entry : entries) {
            Advisory added = entry;
            for (Advisory old : List.copyOf(merged)) {
                if (entry.ids().stream().anyMatch(old::knownAs) || old.knownAs(entry.id())) {
                    merged.remove(old);
                    added = added.knownAlsoAs(old);
                }
            }
            merged.add(added);
        }
        List<DataSource> all = new ArrayList<>(sources);
        all.add(new DataSource(source.name(), source.date(), entries.size(), source.skipped()));
        return new AdvisoryCatalog(merged, all);
    }

    /** Reads a catalog in the curated {@code advisories.yaml} format; {@code name} appears in error messages. */
    public static AdvisoryCatalog read(InputStream yaml, String name) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        CatalogFile file = mapper.readValue(yaml, CatalogFile.class);
        if (file.advisories() == null || file.advisories().isEmpty()) {
            throw new IllegalArgumentException(name + ": no advisories (expected a top-level 'advisories:' list)");
        }
        List<Advisory> advisories = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Entry entry : file.advisories()) {
            Advisory advisory = entry.toAdvisory(name);
            if (!ids.add(advisory.id())) {
                throw new IllegalArgumentException(name + ": advisory " + advisory.id() + " appears twice");
            }
            advisories.add(advisory);
        }
        return new AdvisoryCatalog(advisories, List.of(new DataSource(name, Optional.empty(), advisories.size(), 0)));
    }

    /** Every advisory, oldest fix first (no known fix last). */
    public List<Advisory> all() {
        return advisories;
    }

    /** Where the catalog's entries came from, in the order they were merged. */
    public List<DataSource> sources() {
        return sources;
    }

    /** The advisory known by {@code anyId} (CVE, GHSA or our id). */
    public Optional<Advisory> find(String anyId) {
        return advisories.stream().filter(a -> a.knownAs(anyId.strip())).findFirst();
    }

    /** The advisories {@code version} is in a range of, oldest fix first; empty when it is patched. */
    public List<Advisory> affecting(AgentVersion version) {
        return advisories.stream().filter(a -> a.affects(version)).toList();
    }

    /** Each advisory that applies to {@code version}, with how (extended-stable releases may carry backports). */
    public List<Applicable> applicable(AgentVersion version) {
        List<Applicable> found = new ArrayList<>();
        for (Advisory a : advisories) {
            a.applicability(version).ifPresent(how -> found.add(new Applicable(a, how)));
        }
        return found;
    }

    /** An advisory and how it applies. */
    public record Applicable(Advisory advisory, Applicability how) {
        /** The severity to report: one level lower when it only may apply. */
        public Severity severity() {
            return how == Applicability.APPLIES ? advisory.severity()
                    : ExposureSeverity.lower(advisory.severity(), 1);
        }
    }

    /**
     * The advisories that affect every release before {@code bound}: what is certain about a build whose exact version
     * is hidden but which must predate {@code bound} (a Clawdbot- or Moltbot-branded build predates 2026.1.29).
     */
    public List<Advisory> affectingEveryReleaseBefore(AgentVersion bound) {
        return advisories.stream().filter(a -> a.affected().stream()
                .anyMatch(r -> r.containsEveryReleaseBefore(bound))).toList();
    }

    private record CatalogFile(@JsonProperty("advisories") List<Entry> advisories) {
    }

    private record Entry(@JsonProperty("id") String id, @JsonProperty("cve") String cve,
                         @JsonProperty("ghsa") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                         List<String> ghsa,
                         @JsonProperty("affected") String affected,
                         @JsonProperty("fixed") String fixed, @JsonProperty("severity") String severity,
                         @JsonProperty("summary") String summary,
                         @JsonProperty("references") List<String> references) {

        Advisory toAdvisory(String name) {
            String where = name + ": advisory " + (id == null ? "(without id)" : id);
            if (id == null || affected == null || severity == null || summary == null) {
                throw new IllegalArgumentException(where + " needs id, affected, severity and summary");
            }
            if (cve == null && (ghsa == null || ghsa.isEmpty())) {
                throw new IllegalArgumentException(where + " needs a cve or a ghsa id");
            }
            List<VersionRange> ranges;
            Optional<AgentVersion> fixedVersion;
            try {
                ranges = VersionRange.parseAll(affected);
                fixedVersion = Optional.ofNullable(fixed).map(AgentVersion::of);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
            if (fixedVersion.isPresent() && ranges.stream().noneMatch(r -> r.fixed().equals(fixedVersion))) {
                throw new IllegalArgumentException(where + ": affected '" + affected + "' must end at fixed " + fixed);
            }
            Severity level = Severity.parse(severity).orElseThrow(() -> new IllegalArgumentException(
                    where + ": severity '" + severity + "' is not one of info, low, medium, high, critical"));
            return new Advisory(id, Optional.ofNullable(cve), ghsa == null ? List.of() : ghsa, ranges, fixedVersion,
                    level, summary, references == null ? List.of() : references, name);
        }
    }
}
