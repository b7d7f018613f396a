package dev.bulwark.verify.gateway;

import dev.bulwark.advisory.Advisory;
import dev.bulwark.advisory.AdvisoryCatalog;
import dev.bulwark.advisory.Applicability;
import dev.bulwark.advisory.AgentVersion;
import dev.bulwark.advisory.ExposureSeverity;
import dev.bulwark.findings.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The advisories that apply to a release known exactly or only as one of several candidates, and how: an advisory
 * that applies to every candidate applies; one that applies to some candidates, or to an extended-stable release
 * whose backports the data cannot tell, "may apply" and counts one severity lower.
 */
final class ApplicableAdvisories {
    /** One advisory as it applies here. */
    record Hit(Advisory advisory, Severity severity, Optional<String> doubt) {
        String line() {
            return advisory.label() + " [" + doubt.map(d -> d + ", ").orElse("") + severity.label() + ", affected "
                    + advisory.rangeText() + ", fixed in " + advisory.fixText() + "] " + advisory.summary();
        }
    }

    static final Comparator<Hit> WORST_FIRST = Comparator.comparing(Hit::severity, Comparator.reverseOrder())
            .thenComparing(h -> h.doubt().isPresent())
            .thenComparing(h -> h.advisory().id());

    private ApplicableAdvisories() {
    }

    static List<Hit> forCandidates(AdvisoryCatalog catalog, List<AgentVersion> candidates) {
        Map<Advisory, List<Applicability>> found = new LinkedHashMap<>();
        for (AgentVersion version : candidates) {
            for (AdvisoryCatalog.Applicable a : catalog.applicable(version)) {
                found.computeIfAbsent(a.advisory(), k -> new ArrayList<>()).add(a.how());
            }
        }
        List<Hit> hits = new ArrayList<>();
        found.forEach((advisory, hows) -> {
            Optional<String> doubt = Optional.empty();
            if (hows.size() < candidates.size()) {
                doubt = Optional.of("may apply (" + hows.size() + " of " + candidates.size() + " candidate releases)");
            } else if (hows.contains(Applicability.MAY_APPLY_EXTENDED_STABLE)) {
                doubt = Optional.of("may apply (extended-stable)");
            }
            Severity severity = doubt.isPresent() ? ExposureSeverity.lower(advisory.severity(), 1)
                    : advisory.severity();
            hits.add(new Hit(advisory, severity, doubt));
        });
        hits.sort(WORST_FIRST);
        return hits;
    }

    static List<Hit> certain(List<Advisory> advisories) {
        List<Hit> hits = new ArrayList<>(advisories.stream()
                .map(a -> new Hit(a, a.severity(), Optional.<String>empty())).toList());
        hits.sort(WORST_FIRST);
        return hits;
    }
}
