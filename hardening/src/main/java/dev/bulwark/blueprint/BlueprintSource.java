package dev.bulwark.blueprint;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The file a blueprint came from and where each field sits in it, keyed by dotted path
 * ({@code admin.sshCidrs}, {@code admin.sshCidrs[0]}, {@code agent.version}). Reports use it to point a finding
 * at the line that governs it.
 */
public record BlueprintSource(Path file, Map<String, SourceLocation> locations) {
    public BlueprintSource {
        locations = locations == null ? Map.of() : Map.copyOf(locations);
    }

    /** The location of {@code path}, or of its nearest parent that has one, or line 1 of the file. */
    public SourceLocation locate(String path) {
        String p = path;
        while (p != null && !p.isEmpty()) {
            SourceLocation loc = locations.get(p);
            if (loc != null) {
                return loc;
            }
            p = parent(p);
        }
        return new SourceLocation(file, 1, 1);
    }

    public Optional<SourceLocation> exact(String path) {
        return Optional.ofNullable(locations.get(path));
    }

    private static String parent(String path) {
        int bracket = path.lastIndexOf('[');
        int dot = path.lastIndexOf('.');
        int cut = Math.max(bracket, dot);
        return cut <= 0 ? null : path.substring(0, cut);
    }
}
