package dev.bulwark.audit;

import java.util.List;

/**
 * Which published advisories affect an agent version: the hook for the advisory catalog. The audit reports
 * HOST_AGENT_VULNERABLE only when one is given; without it the rule is not claimed as checked.
 */
@FunctionalInterface
public interface AgentAdvisories {
    /** One line per advisory affecting {@code version}, e.g. {@code CVE-2026-25253 (fixed in 2026.1.29)}. */
    List<String> affecting(String version);
}
