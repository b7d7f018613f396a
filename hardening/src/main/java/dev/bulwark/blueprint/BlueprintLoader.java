package dev.bulwark.blueprint;

import dev.bulwark.blueprint.YamlNode.Mapping;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Reads a YAML blueprint, refuses hostile input, validates every field and reports all problems at once, each
 * with file:line:column, field path and a hint. Secret-looking values are reported without being echoed.
 */
public final class BlueprintLoader {
    /** Larger files are refused before they are read. */
    public static final int MAX_FILE_BYTES = YamlFileKind.BLUEPRINT.maxBytes();
    /** Deeper nesting is refused while parsing. */
    public static final int MAX_NESTING_DEPTH = YamlTreeReader.MAX_DEPTH;

    /**
     * @return the validated blueprint; {@link Blueprint#warnings()} lists valid choices that weaken it
     * @throws BlueprintException with every problem found, sorted by line and column
     */
    public Blueprint load(Path file) throws BlueprintException {
        Problems problems = new Problems(file);
        try {
            String text = YamlFileReader.read(file, YamlFileKind.BLUEPRINT, problems);
            SecretScrubber.scrubComments(text, problems);
            Mapping tree = YamlTreeReader.read(text, problems);
            Mapping scrubbed = SecretScrubber.scrub(tree, problems);
            return BlueprintValidator.validate(scrubbed, problems);
        } catch (SourceFileException e) {
            throw new BlueprintException(e.problems());
        }
    }

    /**
     * The keys each blueprint mapping accepts, keyed by mapping path ({@code ""} is the top level,
     * {@code secrets.providerKeys[]} the items of that list), in documentation order. {@code tags} is free-form
     * and not listed. Tests hold the JSON Schema to this so the two cannot drift.
     */
    public static Map<String, Set<String>> knownKeys() {
        return BlueprintKeys.BY_PATH;
    }
}
