package dev.bulwark.baseline;

import dev.bulwark.blueprint.Blueprint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which host baseline an instance was built from: a digest of its whole user data, and one short hash per file the
 * baseline installs, so that a change can be named ({@code /etc/nftables.conf}) and not only detected. The
 * instance carries the digest as a tag and the stack outputs both; deploy and plan compare them with the baseline
 * the blueprint renders now. No secret is in the baseline, so none is in a hash.
 *
 * @param digest the first 16 hex digits of the SHA-256 of the user data
 * @param files  path to the first 8 hex digits of the SHA-256 of the file's content, in install order
 */
public record BaselineFingerprint(String digest, Map<String, String> files) {
    private static final String INSTALL_SCRIPT = "the install script";

    public BaselineFingerprint {
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** The fingerprint of the user data {@code baseline} renders for {@code blueprint}. */
    public static BaselineFingerprint of(HostBaseline baseline, Blueprint blueprint) {
        Map<String, String> files = new LinkedHashMap<>();
        baseline.render(blueprint).files().forEach(f -> files.put(f.path(), sha256(f.content()).substring(0, 8)));
        return new BaselineFingerprint(sha256(new UserDataRenderer(baseline).render(blueprint)).substring(0, 16),
                files);
    }

    /** {@code path=hash} pairs separated by spaces, as the stack output carries them. */
    public String renderFiles() {
        StringBuilder out = new StringBuilder();
        files.forEach((path, hash) -> out.append(out.isEmpty() ? "" : " ").append(path).append('=').append(hash));
        return out.toString();
    }

    /** The inverse of {@link #renderFiles()}; empty when {@code text} is not in that form. */
    public static Optional<BaselineFingerprint> parse(String digest, String renderedFiles) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String pair : renderedFiles.strip().split(" +")) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                return Optional.empty();
            }
            files.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return digest == null || digest.isBlank() ? Optional.empty()
                : Optional.of(new BaselineFingerprint(digest.strip(), files));
    }

    public boolean sameAs(BaselineFingerprint other) {
        return digest.equals(other.digest);
    }

    /**
     * What differs from {@code before}: each file added, removed or changed, by path; "the install script" when
     * the user data differs but no file does. Empty when the digests are equal.
     */
    public List<String> changesSince(BaselineFingerprint before) {
        if (sameAs(before)) {
            return List.of();
        }
        List<String> changed = new ArrayList<>();
        TreeSet<String> paths = new TreeSet<>(files.keySet());
        paths.addAll(before.files.keySet());
        for (String path : paths) {
            String now = files.get(path);
            String then = before.files.get(path);
            if (now == null) {
                changed.add(path + " (removed)");
            } else if (then == null) {
                changed.add(path + " (new)");
            } else if (!now.equals(then)) {
                changed.add(path);
            }
        }
        return changed.isEmpty() ? List.of(INSTALL_SCRIPT) : List.copyOf(changed);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
