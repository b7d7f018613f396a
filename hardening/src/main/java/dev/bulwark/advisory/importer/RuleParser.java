package dev.bulwark.advisory.importer;

import dev.bulwark.advisory.AgentVersion;
import dev.bulwark.advisory.VersionRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the source's version expressions ({@code version >= "2026.6.6" && version < "2026.6.9"}, {@code ||} for
 * unions, {@code =} or {@code ==} for one release) into ranges, cleaning what can be cleaned and saying so.
 * A value that is a commit hash or not a release number is reported back, not guessed.
 */
final class RuleParser {
    private static final Pattern CLAUSE = Pattern.compile("version\\s*(<=|<|>=|==|=)\\s*\"([^\"]*)\"");
    static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");

    private RuleParser() {
    }

    /** A clause value that is not a release number. */
    static final class NotAVersion extends Exception {
        final String value;

        NotAVersion(String value) {
            super(value);
            this.value = value;
        }
    }

    /** Parsed ranges plus the notes of what was cleaned. */
    record Parsed(List<VersionRange> ranges, List<String> notes) {
    }

    static Parsed parse(String rule) throws NotAVersion {
        List<VersionRange> ranges = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String alternative : rule.split("\\|\\|")) {
            Optional<AgentVersion> lower = Optional.empty();
            Optional<AgentVersion> fixed = Optional.empty();
            Optional<AgentVersion> last = Optional.empty();
            String[] clauses = alternative.split("&&");
            for (String clause : clauses) {
                Matcher m = CLAUSE.matcher(clause.strip());
                if (!m.matches()) {
                    throw new IllegalArgumentException("cannot read the clause '" + clause.strip() + "'");
                }
                AgentVersion value = version(m.group(2), notes);
                switch (m.group(1)) {
                    case ">=" -> lower = Optional.of(value);
                    case "<" -> fixed = Optional.of(value);
                    case "<=" -> last = Optional.of(value);
                    default -> {
                        if (m.group(1).equals("=")) {
                            notes.add("'=' read as '==' (one release)");
                        }
                        lower = Optional.of(value);
                        last = Optional.of(value);
                    }
                }
            }
            ranges.add(new VersionRange(lower, fixed, last));
        }
        return new Parsed(ranges, notes);
    }

    private static AgentVersion version(String value, List<String> notes) throws NotAVersion {
        if (value.startsWith("v") && AgentVersion.parse(value).isPresent()) {
            notes.add("leading 'v' dropped from '" + value + "'");
        }
        return AgentVersion.parse(value).orElseThrow(() -> new NotAVersion(value));
    }
}
