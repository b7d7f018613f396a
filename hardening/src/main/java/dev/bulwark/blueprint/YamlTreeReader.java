package dev.bulwark.blueprint;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.bulwark.blueprint.YamlNode.Entry;
import dev.bulwark.blueprint.YamlNode.Mapping;
import dev.bulwark.blueprint.YamlNode.Scalar;
import dev.bulwark.blueprint.YamlNode.ScalarType;
import dev.bulwark.blueprint.YamlNode.Sequence;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The one hardened YAML reader for users' files (blueprints, targets, waivers): reads Jackson's YAML token stream
 * into a {@link YamlNode} tree with locations, refusing what these files never need and an attacker might use:
 * aliases (billion laughs), deep nesting, several documents, tags. Duplicate keys are reported (all of them) and
 * the first value is kept. Syntax errors never quote the offending line, so a secret on it is not echoed.
 */
public final class YamlTreeReader {
    static final int MAX_DEPTH = 20;
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS) // `no` stays a string (YAML 1.2)
            .disable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .build();

    private final Problems problems;
    private final YamlFileKind kind;
    private final String aliases;
    private YAMLParser parser;

    private YamlTreeReader(Problems problems, YamlFileKind kind) {
        this.problems = problems;
        this.kind = kind;
        this.aliases = "anchors and aliases are not supported in a " + kind.noun();
    }

    /** Parses blueprint {@code text}, whose top level is a mapping; problems as in {@link #read}. */
    static Mapping read(String text, Problems problems) throws SourceFileException {
        YamlTreeReader reader = new YamlTreeReader(problems, YamlFileKind.BLUEPRINT);
        YamlNode root = reader.readDocument(text).orElseThrow(() -> problems.fatal(problems.at(1, 1),
                "blueprint is empty", "start from blueprints/openclaw-instance.yaml"));
        if (!(root instanceof Mapping mapping)) {
            throw problems.fatal(root.location(), "top level must be a mapping (`name: ...`), got "
                    + root.describe(), "start from blueprints/openclaw-instance.yaml");
        }
        return mapping;
    }

    /**
     * Parses one YAML document of {@code kind}; empty when the file holds none. Structural problems go to
     * {@code problems}, fatal ones are thrown at once.
     */
    public static java.util.Optional<YamlNode> read(String text, YamlFileKind kind, Problems problems)
            throws SourceFileException {
        return new YamlTreeReader(problems, kind).readDocument(text);
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // we report duplicates ourselves, all of them, with both lines
        options.setMaxAliasesForCollections(0);
        options.setCodePointLimit(4 * 1024 * 1024); // each kind has its own, smaller, byte limit
        options.setNestingDepthLimit(MAX_DEPTH + 5);
        options.setProcessComments(false);
        return options;
    }

    private java.util.Optional<YamlNode> readDocument(String text) throws SourceFileException {
        try (YAMLParser p = FACTORY.createParser(text)) {
            parser = p;
            JsonToken first = parser.nextToken();
            if (first == null) {
                return java.util.Optional.empty();
            }
            YamlNode root = readValue(first, 1, "");
            if (parser.nextToken() != null) {
                throw problems.fatal(here(), "file holds more than one YAML document",
                        "a " + kind.noun() + " is one document; remove the extra `---` and what follows it");
            }
            return java.util.Optional.of(root);
        } catch (SourceFileException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        } catch (IOException | RuntimeException e) {
            throw problems.fatal(problems.at(1, 1), "could not be parsed as YAML (" + e.getClass().getSimpleName()
                    + ")", "check the YAML syntax");
        }
    }

    private YamlNode readValue(JsonToken token, int depth, String path) throws IOException, SourceFileException {
        SourceLocation at = here();
        if (parser.isCurrentAlias() || parser.getObjectId() != null) {
            throw problems.fatal(at, aliases, "write each value out in full");
        }
        if (depth > MAX_DEPTH) {
            throw problems.fatal(at, "nesting is deeper than " + MAX_DEPTH + " levels",
                    "a " + kind.noun() + " needs only a few levels");
        }
        if (parser.getTypeId() != null) {
            problems.error(at, path, "YAML tags (`!...`) are not supported in a " + kind.noun(),
                    "remove the tag; quote the value if it must be a string");
        }
        if (token == null) {
            throw problems.fatal(at, "unexpected end of file", "check the YAML syntax near the end of the file");
        }
        return switch (token) {
            case START_OBJECT -> readMapping(at, depth, path);
            case START_ARRAY -> readSequence(at, depth, path);
            case VALUE_STRING -> new Scalar(at, ScalarType.STRING, parser.getText());
            case VALUE_NUMBER_INT -> new Scalar(at, ScalarType.INTEGER, parser.getText());
            case VALUE_NUMBER_FLOAT -> new Scalar(at, ScalarType.DECIMAL, parser.getText());
            case VALUE_TRUE, VALUE_FALSE -> new Scalar(at, ScalarType.BOOLEAN, parser.getText());
            case VALUE_NULL -> new Scalar(at, ScalarType.NULL, "");
            default -> throw problems.fatal(at, "unexpected YAML content", "check the YAML syntax");
        };
    }

    private Mapping readMapping(SourceLocation at, int depth, String path) throws IOException, SourceFileException {
        List<Entry> entries = new ArrayList<>();
        Map<String, SourceLocation> seen = new HashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            SourceLocation keyAt = here();
            if (t != JsonToken.FIELD_NAME) {
                throw problems.fatal(keyAt, "unexpected end of file", "check the YAML syntax near the end of the file");
            }
            if (parser.getObjectId() != null) {
                throw problems.fatal(keyAt, aliases, "write each key out in full");
            }
            String key = parser.currentName();
            String shownKey = SecretLookalikes.kind(key).isPresent() ? "(secret-looking key)" : key;
            String keyPath = path.isEmpty() ? shownKey : path + "." + shownKey;
            YamlNode value = readValue(parser.nextToken(), depth + 1, keyPath);
            SourceLocation first = seen.putIfAbsent(key, keyAt);
            if (first == null) {
                entries.add(new Entry(key, keyAt, value));
            } else {
                problems.error(keyAt, keyPath, "duplicate key `" + shownKey + "` (first written at line "
                        + first.line() + ")", "keep one of them; YAML would silently use only one");
            }
        }
        return new Mapping(at, entries);
    }

    private Sequence readSequence(SourceLocation at, int depth, String path) throws IOException, SourceFileException {
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            items.add(readValue(t, depth + 1, path + "[" + items.size() + "]"));
        }
        return new Sequence(at, items);
    }

    private SourceLocation here() {
        JsonLocation l = parser.currentTokenLocation();
        return problems.at(l.getLineNr(), l.getColumnNr());
    }

    /**
     * SnakeYAML's own message quotes the offending line; only its short problem text and mark are used, so a
     * secret on a broken line is never echoed.
     */
    private SourceFileException syntaxError(JsonProcessingException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                Mark mark = marked.getProblemMark();
                SourceLocation at = problems.at(mark.getLine() + 1, mark.getColumn() + 1);
                String problem = String.valueOf(marked.getProblem());
                if (problem.contains("\\t(TAB)") || problem.contains("\t")) {
                    return problems.fatal(at, "tab character used for indentation",
                            "YAML indents with spaces only; replace the tabs with spaces");
                }
                return problems.fatal(at, "YAML syntax error: " + shorten(problem),
                        "check indentation and that every `key: value` pair has a space after the colon");
            }
        }
        JsonLocation l = e.getLocation();
        SourceLocation at = l == null ? problems.at(1, 1) : problems.at(l.getLineNr(), l.getColumnNr());
        return problems.fatal(at, "this YAML construct is not supported in a " + kind.noun(),
                "keys are plain names; values are scalars, lists or mappings");
    }

    private static String shorten(String problem) {
        String oneLine = problem.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "...";
    }
}
