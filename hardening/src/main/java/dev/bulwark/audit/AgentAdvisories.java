package dev.bulwark.audit;

import dev.bulwark.advisory.Advisory;
import dev.bulwark.advisory.AdvisoryCatalog;
import dev.bulwark.advisory.AgentVersion;
import java.util.List;

/**
 * Which published advisories affect an agent version: the hook for the advisory catalog. The audit reports
 * HOST_AGENT_VULNERABLE only when one is given; without it the rule is not claimed as checked.
 */
@FunctionalInterface
public interface AgentAdvisories {
    /** One line per advisory affecting {@code version}, e.g. {@code CVE-2026-25253 (fixed in 2026.1.29)}. */
    List<String> affecting(String version);

    /**
     * The advisories {@code bulwark verify} uses too, so host and network views agree. A version that does not
     * parse matches nothing here; the version-mismatch rule reports it instead.
     */
    static AgentAdvisories from(AdvisoryCatalog catalog) {
        return version -> AgentVersion.parse(version)
                .map(v -> catalog.affecting(v).stream().map(Advisory::label).toList())
                .orElse(List.of());
    }
}
