package dev.bulwark.cli.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which config file a run uses: {@code --config FILE} (found in the arguments before picocli parses them, since
 * the file supplies defaults for that parse), else {@code bulwark.yaml} in the working directory if there is one.
 */
public final class ConfigOption {
    public static final String NAME = "--config";

    private ConfigOption() {
    }

    /** The file the arguments name, or {@code ./bulwark.yaml}, or none. */
    public static Optional<Path> locate(String[] args, Path workDir) {
        for (int i = 0; i < args.length; i++) {
            if ("--".equals(args[i])) {
                break;
            }
            if (NAME.equals(args[i]) && i + 1 < args.length) {
                return Optional.of(Path.of(args[i + 1]));
            }
            if (args[i].startsWith(NAME + "=")) {
                return Optional.of(Path.of(args[i].substring(NAME.length() + 1)));
            }
        }
        Path local = workDir.resolve(ConfigFile.NAME);
        return Files.isRegularFile(local) ? Optional.of(local) : Optional.empty();
    }

    /** The config of this run (empty without a file). */
    public static ConfigFile load(String[] args) {
        return locate(args, Path.of("")).map(ConfigFile::read).orElse(ConfigFile.empty());
    }
}
