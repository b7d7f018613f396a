package dev.bulwark.verify;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.bulwark.blueprint.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a small YAML file that is a list of flat mappings ({@code - key: value}), keeping the line of every
 * entry and value so that each problem can be reported with file:line. Nothing else is accepted: no nesting,
 * no aliases, no huge files, because these files come from users and CI checkouts.
 */
public final class YamlEntries {
    static final long MAX_BYTES = 1024 * 1024;

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
    public record Result(List<Entry> entries, List<ConfigProblem> problems) {
        public Result {
            entries = List.copyOf(entries);
            problems = List.copyOf(problems);
        }
    }

    private YamlEntries() {
    }

    /**
     * Reads {@code file}; an unreadable or unparsable file throws, every other problem (unknown key, nested
     * value, entry that is not a mapping) is collected in the result.
     */
    public static Result read(Path file, Set<String> knownKeys) throws ConfigFileException {
        SourceLocation top = new SourceLocation(file, 1, 1);
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ConfigFileException(file, List.of(new ConfigProblem(top,
                        "file is larger than " + MAX_BYTES / 1024 + " KiB; split it or remove unrelated content")));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigFileException(file, List.of(new ConfigProblem(top,
                    "cannot read file (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "); check the path and permissions")));
        }
        try (JsonParser parser = factory().createParser(bytes)) {
            return new Reader(file, parser, knownKeys).readList();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            SourceLocation where = at == null ? top : location(file, at);
            throw new ConfigFileException(file, List.of(new ConfigProblem(where,
                    "not valid YAML: " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new ConfigFileException(file, List.of(new ConfigProblem(top, "cannot read file: " + e.getMessage())));
        }
    }

    private static YAMLFactory factory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit((int) MAX_BYTES);
        return YAMLFactory.builder().loaderOptions(options).build();
    }

    static SourceLocation location(Path file, JsonLocation at) {
        return new SourceLocation(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }

    private static final class Reader {
        private final Path file;
        private final JsonParser parser;
        private final Set<String> knownKeys;
        private final List<Entry> entries = new ArrayList<>();
        private final List<ConfigProblem> problems = new ArrayList<>();

        Reader(Path file, JsonParser parser, Set<String> knownKeys) {
            this.file = file;
            this.parser = parser;
            this.knownKeys = new TreeSet<>(knownKeys);
        }

        Result readList() throws IOException {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return new Result(List.of(), List.of());
            }
            if (token != JsonToken.START_ARRAY) {
                problems.add(new ConfigProblem(here(), "expected a YAML list of entries (lines starting with '- ')"));
                return new Result(List.of(), problems);
            }
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                if (token == JsonToken.START_OBJECT) {
                    readEntry();
                } else {
                    problems.add(new ConfigProblem(here(), "each entry must be a mapping of "
                            + String.join(", ", knownKeys)));
                    parser.skipChildren();
                }
            }
            return new Result(entries, problems);
        }

        private void readEntry() throws IOException {
            SourceLocation start = here();
            Map<String, Value> values = new LinkedHashMap<>();
            Set<String> rejected = new TreeSet<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                SourceLocation keyAt = here();
                JsonToken value = parser.nextToken();
                if (!knownKeys.contains(key)) {
                    problems.add(new ConfigProblem(keyAt, "unknown key '" + key + "'; expected one of "
                            + String.join(", ", knownKeys)));
                    parser.skipChildren();
                } else if (value.isStructStart()) {
                    problems.add(new ConfigProblem(keyAt, "'" + key + "' must be a single value, not a list or mapping"));
                    rejected.add(key);
                    parser.skipChildren();
                } else if (value != JsonToken.VALUE_NULL) {
                    values.put(key, new Value(parser.getText().trim(), here()));
                }
            }
            entries.add(new Entry(start, values, rejected));
        }

        private SourceLocation here() {
            return location(file, parser.currentTokenLocation());
        }
    }
}
