package dev.bulwark.release;

import dev.bulwark.advisory.AgentVersion;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Which published releases could have served a Control UI page, and the signal that told.
 *
 * @param candidates every release whose page matches, oldest first; empty when none does (an unknown build)
 * @param signal     what identified them, e.g. {@code Control UI entry script assets/index-B6YtUsIL.js}
 */
public record ReleaseIdentification(List<ReleaseFingerprint> candidates, String signal) {
    public ReleaseIdentification {
        candidates = candidates.stream().sorted(Comparator.comparing(
                (ReleaseFingerprint r) -> r.agentVersion().orElse(null),
                Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        Objects.requireNonNull(signal, "signal");
    }

    public boolean isUnknown() {
        return candidates.isEmpty();
    }

    public boolean isExact() {
        return candidates.size() == 1;
    }

    /** The candidates' versions, oldest first (rows whose version is not a release number left out). */
    public List<AgentVersion> versions() {
        return candidates.stream().flatMap(r -> r.agentVersion().stream()).toList();
    }

    /** {@code openclaw@2026.6.6}, or {@code one of openclaw@2026.6.5 ... openclaw@2026.6.8 (3 releases)}. */
    public String describe() {
        if (isUnknown()) {
            return "an unknown release";
        }
        if (isExact()) {
            return candidates.get(0).label();
        }
        return "one of " + String.join(", ", ReleaseFingerprint.labels(candidates)) + " (" + candidates.size()
                + " releases serve this page)";
    }
}
