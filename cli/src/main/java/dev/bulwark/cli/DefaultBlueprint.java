package dev.bulwark.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A default blueprint path ({@code blueprints/openclaw-instance.yaml}) is relative to the repository root, so
 * {@code cd docs && ../bulwark plan} finds it too: the working directory first, then each directory above it,
 * then the checkout the launcher runs from ({@value #HOME_PROPERTY}, which {@code ./bulwark} sets).
 */
public final class DefaultBlueprint {
    public static final String HOME_PROPERTY = "bulwark.home";

    private DefaultBlueprint() {
    }

    /**
     * {@code given} itself unless it is the command's {@code defaultPath} and does not exist from {@code workDir};
     * then the first directory at or above {@code workDir} (or the launcher's checkout) that holds it.
     */
    public static Path resolve(Path given, String defaultPath, Path workDir, Optional<Path> home) {
        if (!given.equals(Path.of(defaultPath)) || Files.exists(workDir.resolve(given))) {
            return given;
        }
        for (Path dir = workDir.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(defaultPath))) {
                return dir.resolve(defaultPath);
            }
        }
        return home.map(h -> h.resolve(defaultPath)).filter(Files::isRegularFile).orElse(given);
    }

    /** Same, from the process's working directory and the launcher's checkout. */
    public static Path resolve(Path given, String defaultPath) {
        return resolve(given, defaultPath, Path.of(""), Optional.ofNullable(System.getProperty(HOME_PROPERTY))
                .map(Path::of));
    }
}
