package dev.bulwark.cli.config;

import dev.bulwark.blueprint.Problems;
import dev.bulwark.blueprint.SourceFileException;
import dev.bulwark.blueprint.YamlFileKind;
import dev.bulwark.blueprint.YamlFileReader;
import dev.bulwark.blueprint.YamlNode;
import dev.bulwark.blueprint.YamlTreeReader;
import dev.bulwark.findings.Severity;
import dev.bulwark.report.ReportFormat;
import dev.bulwark.verify.Durations;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code bulwark.yaml} (or {@code --config FILE}): the options a team repeats, as a mapping of option names
 * without their dashes. Read with the project's one hardened YAML reader; an unknown key or a bad value is a
 * problem with file:line:column (exit 2). Relative paths are relative to the file's own directory.
 *
 * <pre>
 * fail-on: high
 * format: sarif
 * timeout: 2m
 * waivers: waivers.yaml
 * ca-file: certs/internal-ca.pem
 * </pre>
 */
public final class ConfigFile {
    public static final String NAME = "bulwark.yaml";
    static final YamlFileKind KIND = new YamlFileKind("config file", 64 * 1024,
            "a mapping such as `fail-on: high` (keys: fail-on, format, timeout, waivers, ca-file)");
    private static final Map<String, Key> KEYS = Map.of(
            "fail-on", new Key(v -> Severity.parse(v).isPresent(), "one of info, low, medium, high, critical"),
            "format", new Key(v -> ReportFormat.parse(v).isPresent(), "one of text, json, sarif, junit, html"),
            "timeout", new Key(ConfigFile::isDuration, "a duration such as 30s, 2m or 5 (seconds)"),
            "waivers", new Key(v -> !v.isBlank(), "a path"),
            "ca-file", new Key(v -> !v.isBlank(), "a path"));
    private static final List<String> PATHS = List.of("waivers", "ca-file");

    private record Key(Predicate<String> valid, String expected) {
    }

    private final Map<String, String> values;

    private ConfigFile(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static ConfigFile empty() {
        return new ConfigFile(Map.of());
    }

    /** The value for option {@code --key}, if the file sets it (paths made absolute). */
    public Optional<String> value(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Reads {@code file}; every problem at once, with file:line:column. */
    public static ConfigFile read(Path file) throws SourceFileException {
        Problems problems = new Problems(file);
        String text = YamlFileReader.read(file, KIND, problems);
        Optional<YamlNode> root = YamlTreeReader.read(text, KIND, problems);
        Map<String, String> values = new LinkedHashMap<>();
        if (root.isPresent() && !(root.get() instanceof YamlNode.Mapping)) {
            problems.error(root.get().location(), "", "expected a mapping of option names to values, e.g. "
                    + "`fail-on: high`", "");
        } else if (root.isPresent()) {
            for (YamlNode.Entry e : ((YamlNode.Mapping) root.get()).entries()) {
                entry(e, file, values, problems);
            }
        }
        if (problems.hasErrors()) {
            throw problems.failure();
        }
        return new ConfigFile(values);
    }

    private static void entry(YamlNode.Entry e, Path file, Map<String, String> values, Problems problems) {
        Key key = KEYS.get(e.key());
        if (key == null) {
            problems.error(e.keyLocation(), e.key(), "unknown key '" + e.key() + "'",
                    "use one of " + String.join(", ", KEYS.keySet().stream().sorted().toList()));
        } else if (!(e.value() instanceof YamlNode.Scalar scalar) || scalar.type() == YamlNode.ScalarType.NULL) {
            problems.error(e.keyLocation(), e.key(), "'" + e.key() + "' needs a single value", key.expected());
        } else if (!key.valid().test(scalar.text().trim())) {
            problems.error(scalar.location(), e.key(), "'" + e.key() + "' is not " + key.expected(),
                    "e.g. " + example(e.key()));
        } else {
            String value = scalar.text().trim();
            if (PATHS.contains(e.key())) {
                Path dir = file.toAbsolutePath().getParent();
                value = dir.resolve(value).normalize().toString();
            }
            values.put(e.key(), value);
        }
    }

    private static String example(String key) {
        return switch (key) {
            case "fail-on" -> "fail-on: high";
            case "format" -> "format: sarif";
            case "timeout" -> "timeout: 2m";
            default -> key + ": path/to/file";
        };
    }

    private static boolean isDuration(String text) {
        try {
            Durations.parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
