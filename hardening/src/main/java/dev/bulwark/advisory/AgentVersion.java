package dev.bulwark.advisory;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenClaw/Clawdbot release number, {@code YYYY.M.D} with an optional {@code -N} correction release or
 * {@code -beta.N} pre-release. Unlike npm semver, OpenClaw publishes {@code 2026.1.24-3} as the third fix
 * <em>after</em> {@code 2026.1.24}, so the order is {@code 2026.1.24-beta.2 < 2026.1.24 < 2026.1.24-1 < 2026.1.24-3
 * < 2026.1.25}. Extended-stable releases ({@code 2026.6.33} and up) sort after their month's releases.
 */
public final class AgentVersion implements Comparable<AgentVersion> {
    private static final String CORE = "(\\d{4})\\.(\\d{1,2})\\.(\\d{1,2})(?:-(?:(beta)\\.(\\d+)|(\\d+)))?";
    private static final Pattern EXACT = Pattern.compile(CORE);
    /** Finds a version inside other text, e.g. a build id {@code 2026.9.6-release-abc}; not inside longer numbers. */
    private static final Pattern EMBEDDED = Pattern.compile("(?<![\\d.])" + CORE + "(?![\\d])");
    private static final Comparator<AgentVersion> ORDER = Comparator
            .comparingInt((AgentVersion v) -> v.year)
            .thenComparingInt(v -> v.month)
            .thenComparingInt(v -> v.day)
            .thenComparingInt(AgentVersion::suffixRank)
            .thenComparingInt(v -> v.suffixNumber);

    /** The first day number of an extended-stable release. */
    static final int EXTENDED_STABLE_FIRST_DAY = 33;

    private final int year;
    private final int month;
    private final int day;
    private final boolean beta;
    /** The N of {@code -N} or {@code -beta.N}; 0 when there is no suffix. */
    private final int suffixNumber;
    private final String text;

    private AgentVersion(Matcher m) {
        this.year = Integer.parseInt(m.group(1));
        this.month = Integer.parseInt(m.group(2));
        this.day = Integer.parseInt(m.group(3));
        this.beta = m.group(4) != null;
        this.suffixNumber = beta ? Integer.parseInt(m.group(5)) : m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        this.text = m.group();
    }

    /** Parses a whole version string, e.g. {@code 2026.1.24-3}; surrounding whitespace and a leading {@code v} are allowed. */
    public static Optional<AgentVersion> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String trimmed = value.strip();
        if (trimmed.startsWith("v")) {
            trimmed = trimmed.substring(1);
        }
        Matcher m = EXACT.matcher(trimmed);
        return m.matches() ? of(m) : Optional.empty();
    }

    /** Like {@link #parse(String)} but for trusted input (data files, tests): a malformed value is a bug. */
    public static AgentVersion of(String value) {
        return parse(value).orElseThrow(() -> new IllegalArgumentException(
                "'" + value + "' is not an agent version; expected YYYY.M.D, YYYY.M.D-N or YYYY.M.D-beta.N"));
    }

    /** The first version that appears inside {@code text} (an HTML attribute, an asset URL, a JSON body). */
    public static Optional<AgentVersion> findIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = EMBEDDED.matcher(text);
        while (m.find()) {
            Optional<AgentVersion> version = of(m);
            if (version.isPresent()) {
                return version;
            }
        }
        return Optional.empty();
    }

    /** A match whose numbers do not fit an int (a server may send {@code 33333333333333333.1.1}) is no version. */
    private static Optional<AgentVersion> of(Matcher m) {
        try {
            return Optional.of(new AgentVersion(m));
        } catch (NumberFormatException e) {
            return Optional.empty(); // found by FingerprinterFuzzTest; its input is kept in the corpus
        }
    }

    /**
     * Whether this is a release of an extended-stable line: OpenClaw numbers those past any calendar day
     * ({@code 2026.6.33}, {@code 2026.7.34}, ...); each carries fixes backported onto its month's release.
     */
    public boolean isExtendedStable() {
        return day >= EXTENDED_STABLE_FIRST_DAY;
    }

    /** Whether this is a {@code -beta.N} pre-release. */
    public boolean isBeta() {
        return beta;
    }

    /** Whether both are the same release day, hotfixes and betas included ({@code 2026.2.19}, {@code 2026.2.19-2}). */
    public boolean sameDay(AgentVersion other) {
        return sameMonth(other) && day == other.day;
    }

    /** Whether {@code other} belongs to the same month line ({@code 2026.6.x}). */
    public boolean sameMonth(AgentVersion other) {
        return year == other.year && month == other.month;
    }

    public boolean isBefore(AgentVersion other) {
        return compareTo(other) < 0;
    }

    private int suffixRank() {
        if (beta) {
            return 0;
        }
        return suffixNumber == 0 ? 1 : 2;
    }

    @Override
    public int compareTo(AgentVersion other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AgentVersion other && compareTo(other) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, month, day, suffixRank(), suffixNumber);
    }

    /** The version as published, e.g. {@code 2026.1.24-3}. */
    @Override
    public String toString() {
        return text;
    }
}
