package dev.bulwark.advisory;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.bulwark.findings.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The advisories the verifier knows, loaded from {@code advisories.yaml} beside this class; answers which of them
 * a release (or a release known only to predate some version) is affected by.
 */
public final class AdvisoryCatalog {
    static final String RESOURCE = "advisories.yaml";

    private final List<Advisory> advisories;

    private AdvisoryCatalog(List<Advisory> advisories) {
        this.advisories = advisories.stream().sorted(Comparator.comparing(Advisory::fixed)
                .thenComparing(Advisory::id)).toList();
    }

    /** The catalog shipped with bulwark. */
    public static AdvisoryCatalog bundled() {
        try (InputStream in = AdvisoryCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath beside "
                        + AdvisoryCatalog.class.getName() + "; the build did not package its resources");
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads a catalog in the {@code advisories.yaml} format; {@code name} appears in error messages. */
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
        return new AdvisoryCatalog(advisories);
    }

    /** Every advisory, oldest fix first. */
    public List<Advisory> all() {
        return advisories;
    }

    /** The advisories {@code version} is affected by, oldest fix first; empty when it is patched. */
    public List<Advisory> affecting(AgentVersion version) {
        return advisories.stream().filter(a -> a.affects(version)).toList();
    }

    /**
     * The advisories that affect every release before {@code bound}: what is certain about a build whose exact version
     * is hidden but which must predate {@code bound} (a Clawdbot- or Moltbot-branded build predates 2026.1.29).
     */
    public List<Advisory> affectingEveryReleaseBefore(AgentVersion bound) {
        return advisories.stream().filter(a -> a.affected().containsEveryReleaseBefore(bound)).toList();
    }

    private record CatalogFile(@JsonProperty("advisories") List<Entry> advisories) {
    }

    private record Entry(@JsonProperty("id") String id, @JsonProperty("cve") String cve,
                         @JsonProperty("ghsa") String ghsa, @JsonProperty("affected") String affected,
                         @JsonProperty("fixed") String fixed, @JsonProperty("severity") String severity,
                         @JsonProperty("summary") String summary,
                         @JsonProperty("references") List<String> references) {

        Advisory toAdvisory(String name) {
            String where = name + ": advisory " + (id == null ? "(without id)" : id);
            if (id == null || affected == null || fixed == null || severity == null || summary == null) {
                throw new IllegalArgumentException(where + " needs id, affected, fixed, severity and summary");
            }
            if (cve == null && ghsa == null) {
                throw new IllegalArgumentException(where + " needs a cve or a ghsa id");
            }
            VersionRange range;
            AgentVersion fixedVersion;
            try {
                range = VersionRange.parse(affected);
                fixedVersion = AgentVersion.of(fixed);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
            if (!range.fixedIn().equals(fixedVersion)) {
                throw new IllegalArgumentException(where + ": affected '" + affected + "' must end at fixed " + fixed);
            }
            Severity level = Severity.parse(severity).orElseThrow(() -> new IllegalArgumentException(
                    where + ": severity '" + severity + "' is not one of info, low, medium, high, critical"));
            return new Advisory(id, Optional.ofNullable(cve), Optional.ofNullable(ghsa), range, fixedVersion, level,
                    summary, references == null ? List.of() : references);
        }
    }
}
