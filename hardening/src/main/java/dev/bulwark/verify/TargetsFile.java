package dev.bulwark.verify;

import dev.bulwark.blueprint.SourceFileException;
import dev.bulwark.blueprint.SourceLocation;
import dev.bulwark.blueprint.SourceProblem;
import dev.bulwark.blueprint.YamlFileKind;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@code --targets} file: a YAML list of {@code {url, host?, blueprint?}}, one per deployment. Blueprint
 * paths are relative to the targets file. Every problem is reported at once with file:line.
 */
public final class TargetsFile {
    private static final Set<String> KEYS = Set.of("url", "host", "blueprint");

    /** One deployment to verify, and the line it was declared on. */
    public record Entry(URI url, Optional<String> host, Optional<Path> blueprint, SourceLocation location) {
    }

    private TargetsFile() {
    }

    public static List<Entry> load(Path file) throws SourceFileException {
        YamlEntries.Result read = YamlEntries.read(file, YamlFileKind.TARGETS, KEYS);
        List<SourceProblem> problems = new ArrayList<>(read.problems());
        List<Entry> entries = new ArrayList<>();
        for (YamlEntries.Entry entry : read.entries()) {
            if (entry.missing("url")) {
                problems.add(SourceProblem.at(entry.location(), "target is missing 'url', the deployment's public "
                        + "HTTPS endpoint"));
            }
            if (entry.get("url").isEmpty()) {
                continue;
            }
            YamlEntries.Value url = entry.get("url").get();
            try {
                Optional<String> host = entry.get("host").map(YamlEntries.Value::text);
                Optional<Path> blueprint = entry.get("blueprint").map(YamlEntries.Value::text)
                        .map(b -> relative(file, b));
                entries.add(new Entry(TargetUrl.parse(url.text()), host, blueprint, entry.location()));
            } catch (IllegalArgumentException e) {
                problems.add(SourceProblem.at(url.location(), e.getMessage()));
            }
        }
        if (read.entries().isEmpty() && problems.isEmpty()) {
            problems.add(SourceProblem.at(new SourceLocation(file, 1, 1), "no targets listed; add entries like "
                    + "'- url: https://agent.example.com'"));
        }
        if (!problems.isEmpty()) {
            throw new SourceFileException(file, problems);
        }
        return List.copyOf(entries);
    }

    /** Keeps the path as the user would read it: relative to the working directory when the file was given so. */
    private static Path relative(Path file, String blueprint) {
        Path given = Path.of(blueprint);
        if (given.isAbsolute()) {
            return given;
        }
        Path parent = file.getParent();
        return parent == null ? given : parent.resolve(given).normalize();
    }
}
