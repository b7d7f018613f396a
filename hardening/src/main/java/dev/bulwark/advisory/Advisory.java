package dev.bulwark.advisory;

import dev.bulwark.findings.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One published vulnerability of the agent gateway, with the release that fixed it; kept as data
 * ({@code advisories.yaml}) so that adding an advisory never needs a code change.
 *
 * @param id         our stable id, the CVE when there is one, else the GHSA
 * @param cve        the CVE id, if assigned
 * @param ghsa       the GitHub advisory id, if any
 * @param affected   the releases it affects
 * @param fixed      the first release that fixed it
 * @param severity   how bad it is for an exposed gateway
 * @param summary    one sentence a user can act on
 * @param references where to read more
 */
public record Advisory(String id, Optional<String> cve, Optional<String> ghsa, VersionRange affected,
                       AgentVersion fixed, Severity severity, String summary, List<String> references) {
    public Advisory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(affected, "affected");
        Objects.requireNonNull(fixed, "fixed");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
        references = List.copyOf(references);
    }

    public boolean affects(AgentVersion version) {
        return affected.contains(version);
    }

    /** {@code CVE-2026-25253 (GHSA-g8p2-7wf7-98mq)}, or whichever of the two exists. */
    public String label() {
        if (cve.isPresent() && ghsa.isPresent()) {
            return cve.get() + " (" + ghsa.get() + ")";
        }
        return cve.or(() -> ghsa).orElse(id);
    }
}
