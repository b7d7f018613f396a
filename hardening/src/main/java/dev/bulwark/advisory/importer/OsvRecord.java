package dev.bulwark.advisory.importer;

import dev.bulwark.advisory.VersionRange;
import dev.bulwark.findings.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Writes one converted entry as an OSV record (schema 1.6), the format {@code --advisories} reads too. */
final class OsvRecord {
    private OsvRecord() {
    }

    static Map<String, Object> of(AdvisoryImport.SourceEntry e, List<VersionRange> ranges,
                                  Optional<Severity> publisher, String modified) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("schema_version", "1.6.0");
        r.put("id", e.cve());
        r.put("modified", modified);
        List<String> aliases = new ArrayList<>();
        if (e.ghsa() != null) {
            e.ghsa().stream().filter(g -> !g.equals(e.cve())).forEach(aliases::add);
        }
        if (!aliases.isEmpty()) {
            r.put("aliases", aliases);
        }
        r.put("summary", e.summary() == null ? e.cve() : e.summary().strip());
        if (e.cvss() != null && !e.cvss().isBlank()) {
            String type = e.cvss().startsWith("CVSS:4") ? "CVSS_V4" : "CVSS_V3";
            r.put("severity", List.of(ordered("type", type, "score", e.cvss())));
        }
        Map<String, Object> affected = new LinkedHashMap<>();
        affected.put("package", ordered("ecosystem", "npm", "name", "openclaw"));
        List<Map<String, Object>> osvRanges = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        for (VersionRange range : ranges) {
            if (range.introduced().isPresent() && range.introduced().equals(range.lastAffected())) {
                versions.add(range.introduced().get().toString());
                continue;
            }
            List<Map<String, Object>> events = new ArrayList<>();
            events.add(ordered("introduced", range.introduced().map(Object::toString).orElse("0")));
            range.fixed().ifPresent(f -> events.add(ordered("fixed", f.toString())));
            range.lastAffected().ifPresent(l -> events.add(ordered("last_affected", l.toString())));
            Map<String, Object> osvRange = new LinkedHashMap<>();
            osvRange.put("type", "ECOSYSTEM");
            osvRange.put("events", events);
            osvRanges.add(osvRange);
        }
        if (!osvRanges.isEmpty()) {
            affected.put("ranges", osvRanges);
        }
        if (!versions.isEmpty()) {
            affected.put("versions", versions);
        }
        r.put("affected", List.of(affected));
        List<Map<String, Object>> references = new ArrayList<>();
        if (e.references() != null) {
            e.references().stream().distinct().forEach(u -> references.add(ordered("type", "WEB", "url", u)));
        }
        r.put("references", references);
        Map<String, Object> specific = new LinkedHashMap<>();
        publisher.ifPresent(p -> specific.put("severity", p.name().toUpperCase(Locale.ROOT)));
        specific.put("source", e.file());
        r.put("database_specific", specific);
        return r;
    }

    /** A map that keeps the order written: the committed JSON must not change between runs. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
