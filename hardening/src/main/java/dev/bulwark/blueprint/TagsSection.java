package dev.bulwark.blueprint;

import dev.bulwark.blueprint.YamlNode.Entry;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** {@code tags:}: AWS tags put on every resource; plain strings within AWS's limits. */
final class TagsSection {
    static final int MAX_TAGS = 50;
    private static final Pattern CHARACTERS = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

    private TagsSection() {
    }

    static Map<String, String> read(MappingFields root) {
        Map<String, String> tags = new LinkedHashMap<>();
        root.freeMapping("tags").ifPresent(mapping -> {
            Problems problems = root.problems();
            if (mapping.entries().size() > MAX_TAGS) {
                root.error("tags", "has " + mapping.entries().size() + " tags; AWS allows at most " + MAX_TAGS,
                        "remove some tags");
            }
            for (Entry e : mapping.entries()) {
                String path = "tags." + e.key();
                root.locate(path, e.keyLocation());
                checkKey(problems, e, path);
                String value = root.text(e.value(), path);
                if (value == null) {
                    continue;
                }
                if (value.length() > 256 || !CHARACTERS.matcher(value).matches()) {
                    problems.error(e.value().location(), path, value.length() > 256 ? "tag value is longer than 256 "
                            + "characters" : "tag value has characters AWS does not allow",
                            "up to 256 letters, digits, spaces and _ . : / = + - @");
                }
                tags.put(e.key(), value);
            }
        });
        return tags;
    }

    private static void checkKey(Problems problems, Entry e, String path) {
        String key = e.key();
        if (key.isEmpty() || key.length() > 128) {
            problems.error(e.keyLocation(), path, "tag key must be 1-128 characters", "use a shorter key");
        } else if (key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
            problems.error(e.keyLocation(), path, "tag keys starting with `aws:` are reserved by AWS",
                    "drop the `aws:` prefix");
        } else if (!CHARACTERS.matcher(key).matches()) {
            problems.error(e.keyLocation(), path, "tag key has characters AWS does not allow",
                    "letters, digits, spaces and _ . : / = + - @");
        }
    }
}
