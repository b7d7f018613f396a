package dev.bulwark.verify;

import dev.bulwark.blueprint.Problems;
import dev.bulwark.blueprint.SourceFileException;
import dev.bulwark.blueprint.SourceLocation;
import dev.bulwark.blueprint.SourceProblem;
import dev.bulwark.blueprint.YamlFileKind;
import dev.bulwark.blueprint.YamlFileReader;
import dev.bulwark.blueprint.YamlNode;
import dev.bulwark.blueprint.YamlTreeReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A small YAML file that is a list of flat mappings ({@code - key: value}), read with the same hardened reader as
 * blueprints ({@link YamlTreeReader}: no aliases, tags, deep nesting or huge files; every problem with
 * file:line:column), keeping the line of every entry and value.
 */
public final class YamlEntries {

    /**
     * One list entry: where it starts, its scalar values by key, and the keys whose value was rejected (already
     * reported, so callers do not report them again as missing).
     */
    public record Entry(SourceLocation location, Map<String, Value> values, Set<String> rejected) {
        public Entry {
            values = Map.copyOf(values);
            rejected = Set.copyOf(rejected);
        }

        /** The value of {@code key}, empty when absent, blank or rejected. */
        public Optional<Value> get(String key) {
            return Optional.ofNullable(values.get(key)).filter(v -> !v.text().isEmpty());
        }

        /** Whether a missing {@code key} still needs reporting. */
        public boolean missing(String key) {
            return get(key).isEmpty() && !rejected.contains(key);
        }
    }

    /** A scalar value and where it sits. */
    public record Value(String text, SourceLocation location) {
    }

    /** The entries read and every structural problem met on the way. */
    public record Result(List<Entry> entries, List<SourceProblem> problems) {
        public Result {
            entries = List.copyOf(entries);
            problems = List.copyOf(problems);
        }
    }

    private YamlEntries() {
    }

    /**
     * Reads {@code file}; an unreadable or unparsable file throws, every other problem (unknown key, nested
     * value, entry that is not a mapping, duplicate key) is collected in the result.
     */
    public static Result read(Path file, YamlFileKind kind, Set<String> knownKeys) throws SourceFileException {
        Problems problems = new Problems(file);
        String text = YamlFileReader.read(file, kind, problems);
        Optional<YamlNode> root = YamlTreeReader.read(text, kind, problems);
        List<Entry> entries = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(knownKeys);
        if (root.isPresent() && !(root.get() instanceof YamlNode.Sequence)) {
            problems.error(root.get().location(), "", "expected a YAML list of entries (lines starting with '- ')",
                    "");
        } else if (root.isPresent()) {
            for (YamlNode item : ((YamlNode.Sequence) root.get()).items()) {
                if (item instanceof YamlNode.Mapping mapping) {
                    entries.add(entry(mapping, keys, problems));
                } else {
                    problems.error(item.location(), "", "each entry must be a mapping of " + String.join(", ", keys),
                            "");
                }
            }
        }
        return new Result(entries, problems.errors());
    }

    private static Entry entry(YamlNode.Mapping mapping, Set<String> keys, Problems problems) {
        Map<String, Value> values = new LinkedHashMap<>();
        Set<String> rejected = new TreeSet<>();
        for (YamlNode.Entry e : mapping.entries()) {
            String key = e.key();
            if (!keys.contains(key)) {
                problems.error(e.keyLocation(), "", "unknown key '" + key + "'; expected one of "
                        + String.join(", ", keys), "");
            } else if (e.value() instanceof YamlNode.Scalar scalar) {
                if (scalar.type() != YamlNode.ScalarType.NULL) {
                    values.put(key, new Value(scalar.text().trim(), scalar.location()));
                }
            } else {
                problems.error(e.keyLocation(), "", "'" + key + "' must be a single value, not a list or mapping", "");
                rejected.add(key);
            }
        }
        return new Entry(mapping.location(), values, rejected);
    }
}
