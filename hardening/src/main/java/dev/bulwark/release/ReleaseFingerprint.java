package dev.bulwark.release;

import dev.bulwark.advisory.AgentVersion;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the release-fingerprint table: a published release and what its Control UI page references, or why
 * the table has no page for it.
 *
 * @param packageName the npm package ({@code openclaw}, {@code clawdbot}, {@code moltbot})
 * @param version     the release as published
 * @param signals     the page's signals; empty when there is no page
 * @param noPage      why there is no page (the tarball has none, or it could not be fetched), when so
 */
public record ReleaseFingerprint(String packageName, String version, ControlUiSignals signals,
                                 Optional<String> noPage) {
    public ReleaseFingerprint {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(signals, "signals");
        Objects.requireNonNull(noPage, "noPage");
    }

    /** The version in release order, when it is one ({@code 0.0.1} placeholders are not). */
    public Optional<AgentVersion> agentVersion() {
        return AgentVersion.parse(version);
    }

    public boolean hasPage() {
        return noPage.isEmpty() && !signals.assets().isEmpty();
    }

    /** {@code openclaw@2026.6.6}. */
    public String label() {
        return packageName + "@" + version;
    }

    static List<String> labels(List<ReleaseFingerprint> rows) {
        return rows.stream().map(ReleaseFingerprint::label).toList();
    }
}
