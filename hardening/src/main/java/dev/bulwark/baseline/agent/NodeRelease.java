package dev.bulwark.baseline.agent;

import java.util.Map;
import java.util.Optional;

/**
 * The Node.js build the agent runs on, pinned by version and the SHA-256 of its linux-x64 tarball as published
 * in that release's {@code SHASUMS256.txt} on nodejs.org. The install script refuses any other bytes.
 *
 * <p>Provenance: nodejs.org cannot be reached from where this was written, so the checksum was taken from
 * copies of the release's {@code SHASUMS256.txt} line in several unrelated public repositories, which all agree.
 * Re-check it against {@code https://nodejs.org/dist/v<version>/SHASUMS256.txt} (and its signature) when
 * adding a row; see docs/hardening.md.
 *
 * @param version exact version without the leading {@code v}
 * @param sha256  lower-case hex SHA-256 of {@code node-v<version>-linux-x64.tar.xz}
 */
public record NodeRelease(String version, String sha256) {
    /** OpenClaw needs Node 22 or newer. */
    public static final NodeRelease DEFAULT = new NodeRelease("22.14.0",
            "69b09dba5c8dcb05c4e4273a4340db1005abeafe3927efda2bc5b249e80437ec");

    private static final Map<String, NodeRelease> KNOWN = Map.of(DEFAULT.version(), DEFAULT);

    public NodeRelease {
        if (version == null || !version.matches("[0-9]+\\.[0-9]+\\.[0-9]+")) {
            throw new IllegalArgumentException("Node version '" + version + "' must be exact, like 22.14.0");
        }
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Node " + version + " needs the 64-hex-digit SHA-256 from "
                    + "https://nodejs.org/dist/v" + version + "/SHASUMS256.txt");
        }
    }

    /** A release whose checksum is recorded here; there is no download without one. */
    public static Optional<NodeRelease> known(String version) {
        return Optional.ofNullable(KNOWN.get(version));
    }

    public String tarballName() {
        return "node-v" + version + "-linux-x64.tar.xz";
    }

    public String url() {
        return "https://nodejs.org/dist/v" + version + "/" + tarballName();
    }
}
