package dev.bulwark.blueprint;

/**
 * What kind of user file the hardened YAML reader is reading, so its messages name the file and say how to fix
 * it: a blueprint, a {@code --targets} file or a {@code --waivers} file.
 *
 * @param noun     how messages call it, e.g. {@code blueprint}
 * @param maxBytes larger files are refused before they are read
 * @param example  a path or shape to start from, for hints
 */
public record YamlFileKind(String noun, int maxBytes, String example) {
    public static final YamlFileKind BLUEPRINT = new YamlFileKind("blueprint", 256 * 1024,
            "blueprints/openclaw-instance.yaml");
    public static final YamlFileKind TARGETS = new YamlFileKind("targets file", 1024 * 1024,
            "a YAML list of {url, host?, blueprint?}");
    public static final YamlFileKind WAIVERS = new YamlFileKind("waivers file", 1024 * 1024,
            "a YAML list of {ruleId, target, reason, expires}");

    /** {@code blueprint file}, {@code waivers file}. */
    public String fileNoun() {
        return noun.endsWith("file") ? noun : noun + " file";
    }
}
