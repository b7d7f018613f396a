package dev.bulwark.blueprint;

import dev.bulwark.blueprint.YamlNode.Entry;
import dev.bulwark.blueprint.YamlNode.Mapping;
import dev.bulwark.blueprint.YamlNode.Scalar;
import dev.bulwark.blueprint.YamlNode.ScalarType;
import dev.bulwark.blueprint.YamlNode.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typed reads from one mapping of the blueprint. Unknown keys, wrong types and missing required fields become
 * problems (and the read returns {@code null}), so a section reads on and reports everything in one pass.
 * An absent or empty field takes its default.
 */
final class MappingFields {
    private final Mapping mapping; // null: the section is absent, every field takes its default
    private final String path;
    private final SourceLocation anchor; // where missing fields are reported: the key that opened this mapping
    private final boolean reportMissing;
    private final Problems problems;
    private final Map<String, SourceLocation> locations;

    /** A list item: its path ({@code admin.sshCidrs[0]}), where it is, and its text. */
    record Item(String path, SourceLocation location, String value) {
    }

    private MappingFields(Mapping mapping, String path, SourceLocation anchor, boolean reportMissing,
                          Set<String> known, Problems problems, Map<String, SourceLocation> locations) {
        this.mapping = mapping;
        this.path = path;
        this.anchor = anchor;
        this.reportMissing = reportMissing;
        this.problems = problems;
        this.locations = locations;
        if (mapping != null) {
            checkKeys(known);
        }
    }

    static MappingFields root(Mapping root, Problems problems, Map<String, SourceLocation> locations) {
        return new MappingFields(root, "", root.location(), true, BlueprintKeys.ROOT, problems, locations);
    }

    Problems problems() {
        return problems;
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Where a problem about {@code key} points: its value, else its key, else the mapping that lacks it. */
    SourceLocation at(String key) {
        Optional<Entry> entry = entry(key);
        if (entry.isEmpty()) {
            return anchor;
        }
        return present(key).map(YamlNode::location).orElse(entry.get().keyLocation());
    }

    void error(String key, String message, String hint) {
        problems.error(at(key), path(key), message, hint);
    }

    void warning(String key, String message, String hint) {
        problems.warning(at(key), path(key), message, hint);
    }

    /** The value of {@code key} unless it is absent, null or an empty string. */
    Optional<YamlNode> present(String key) {
        return entry(key).map(Entry::value)
                .filter(v -> !(v instanceof Scalar s && s.isBlank()));
    }

    String string(String key, String fallback) {
        Optional<YamlNode> node = present(key);
        return node.isEmpty() ? fallback : text(node.get(), path(key));
    }

    String requiredString(String key) {
        if (present(key).isEmpty()) {
            missing(key);
            return null;
        }
        return string(key, null);
    }

    Integer integer(String key, int fallback) {
        Optional<YamlNode> node = present(key);
        if (node.isEmpty()) {
            return fallback;
        }
        if (node.get() instanceof Scalar s && s.type() == ScalarType.INTEGER && s.text().matches("-?[0-9]{1,9}")) {
            return Integer.parseInt(s.text());
        }
        if (node.get() instanceof Scalar s && s.type() == ScalarType.INTEGER) {
            error(key, "expected a small decimal whole number", "write it in decimal, e.g. 18789");
            return null;
        }
        typeError(path(key), node.get(), "a whole number", "write the number without quotes");
        return null;
    }

    Boolean bool(String key, boolean fallback) {
        Optional<YamlNode> node = present(key);
        if (node.isEmpty()) {
            return fallback;
        }
        if (node.get() instanceof Scalar s && s.type() == ScalarType.BOOLEAN) {
            return Boolean.parseBoolean(s.text().toLowerCase(Locale.ROOT));
        }
        typeError(path(key), node.get(), "true or false", "write true or false, without quotes");
        return null;
    }

    /** A nested mapping; absent means all of its fields take their defaults. */
    MappingFields section(String key, Set<String> known) {
        Optional<YamlNode> node = present(key);
        SourceLocation keyAt = entry(key).map(Entry::keyLocation).orElse(anchor);
        if (node.isPresent() && node.get() instanceof Mapping m) {
            return new MappingFields(m, path(key), keyAt, true, known, problems, locations);
        }
        boolean wrongType = node.isPresent();
        if (wrongType) {
            typeError(path(key), node.get(), "a mapping", "write its fields indented under `" + key + ":`");
        }
        return new MappingFields(null, path(key), keyAt, reportMissing && !wrongType, known, problems, locations);
    }

    /** A list of strings; an absent list is empty. Items of the wrong type are reported and left out. */
    List<Item> strings(String key) {
        List<Item> items = new ArrayList<>();
        for (Map.Entry<String, YamlNode> item : listItems(key)) {
            String text = text(item.getValue(), item.getKey());
            if (text != null) {
                items.add(new Item(item.getKey(), item.getValue().location(), text));
            }
        }
        return items;
    }

    /** A list of mappings, each read with {@code known} keys. */
    List<MappingFields> mappings(String key, Set<String> known) {
        List<MappingFields> result = new ArrayList<>();
        for (Map.Entry<String, YamlNode> item : listItems(key)) {
            if (item.getValue() instanceof Mapping m) {
                result.add(new MappingFields(m, item.getKey(), m.location(), true, known, problems, locations));
            } else {
                typeError(item.getKey(), item.getValue(), "a mapping", "write the item's fields under `- `");
            }
        }
        return result;
    }

    /** A free-form mapping (tags); empty when absent or of the wrong type (which is reported). */
    Optional<Mapping> freeMapping(String key) {
        Optional<YamlNode> node = present(key);
        if (node.isPresent() && node.get() instanceof Mapping m) {
            return Optional.of(m);
        }
        node.ifPresent(n -> typeError(path(key), n, "a mapping", "write `key: value` pairs under `" + key + ":`"));
        return Optional.empty();
    }

    /** Records where {@code path} sits, for reports that point at blueprint lines. */
    void locate(String itemPath, SourceLocation at) {
        locations.put(itemPath, at);
    }

    /** Text of a string scalar; reports anything else (a redacted value is already reported) and returns null. */
    String text(YamlNode node, String nodePath) {
        if (node instanceof Scalar s && s.type() == ScalarType.STRING) {
            return s.text();
        }
        if (node instanceof Scalar s && s.type() == ScalarType.REDACTED) {
            return null;
        }
        String hint = node instanceof Scalar s && s.type() != ScalarType.NULL
                ? "quote it to make it a string: \"" + s.text() + "\"" : "write a single text value";
        typeError(nodePath, node, "a string", hint);
        return null;
    }

    private List<Map.Entry<String, YamlNode>> listItems(String key) {
        Optional<YamlNode> node = present(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof Sequence seq)) {
            typeError(path(key), node.get(), "a list", "write a list: [a, b], or one `- item` per line");
            return List.of();
        }
        List<Map.Entry<String, YamlNode>> items = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            String itemPath = path(key) + "[" + i + "]";
            YamlNode item = seq.items().get(i);
            locations.put(itemPath, item.location());
            items.add(Map.entry(itemPath, item));
        }
        return items;
    }

    private void typeError(String nodePath, YamlNode node, String expected, String hint) {
        if (node instanceof Scalar s && s.type() == ScalarType.REDACTED) {
            return;
        }
        problems.error(node.location(), nodePath, "expected " + expected + ", got " + node.describe(), hint);
    }

    private void missing(String key) {
        if (!reportMissing) {
            return;
        }
        String where = path.isEmpty() ? "the blueprint" : "`" + path + "`";
        if (entry(key).isPresent()) {
            error(key, "required field is empty", "give `" + key + "` a value");
        } else {
            problems.error(anchor, path(key), "missing required field `" + key + "` in " + where,
                    "add `" + key + ":` (see docs/blueprints.md)");
        }
    }

    /** A typo here, or a field that belongs in another section ({@code sshCidrs} at the top level). */
    private static String unknownKeyHint(String key, Set<String> known) {
        if (Suggestions.closest(key, known).isPresent()) {
            return Suggestions.hint(key, known, "");
        }
        for (Map.Entry<String, Set<String>> section : BlueprintKeys.BY_PATH.entrySet()) {
            Optional<String> elsewhere = Suggestions.closest(key, section.getValue());
            if (elsewhere.isPresent() && !section.getKey().isEmpty()) {
                return "did you mean `" + elsewhere.get() + "` under `" + section.getKey() + "`?";
            }
        }
        return "known fields here: " + String.join(", ", known);
    }

    private Optional<Entry> entry(String key) {
        return mapping == null ? Optional.empty() : mapping.entry(key);
    }

    private void checkKeys(Set<String> known) {
        for (Entry e : mapping.entries()) {
            if (known.contains(e.key())) {
                locations.put(path(e.key()), e.keyLocation());
            } else {
                String shown = Suggestions.shorten(e.key());
                problems.error(e.keyLocation(), path(shown), "unknown field `" + shown + "`", unknownKeyHint(e.key(),
                        known));
            }
        }
    }
}
