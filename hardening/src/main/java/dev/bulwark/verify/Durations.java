package dev.bulwark.verify;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write and read them: {@code 30s}, {@code 2m}, {@code 1m30s}, {@code 750ms}, or ISO-8601. */
public final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h)");

    private Durations() {
    }

    /** Parses {@code 30s}, {@code 2m}, {@code 1h}, {@code 1m30s}, {@code 500ms} or ISO-8601 {@code PT30S}. */
    /** {@code 1 day}, {@code 2 days}, {@code 0 days}. */
    public static String days(long n) {
        return n + (n == 1 || n == -1 ? " day" : " days");
    }

    public static Duration parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        Duration d;
        if (t.startsWith("pt") || t.startsWith("p")) {
            try {
                d = Duration.parse(t.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw invalid(text);
            }
        } else if (t.matches("\\d{1,9}")) {
            d = Duration.ofSeconds(Long.parseLong(t)); // a bare number is seconds, as in curl and timeout(1)
        } else {
            d = parseShort(t, text);
        }
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("'" + text + "' must be longer than zero, e.g. 30s");
        }
        return d;
    }

    private static Duration parseShort(String t, String original) {
        Matcher m = PART.matcher(t);
        int at = 0;
        Duration d = Duration.ZERO;
        while (at < t.length() && m.find(at) && m.start() == at) {
            long n = Long.parseLong(m.group(1));
            d = d.plus(switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            });
            at = m.end();
        }
        if (t.isEmpty() || at != t.length()) {
            throw invalid(original);
        }
        return d;
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("'" + text + "' is not a duration; write it like 30s, 2m, 1m30s, "
                + "500ms or PT30S");
    }

    /** Short human form for reports and messages: {@code 850 ms}, {@code 2.4 s}, {@code 30 s}, {@code 2 min}. */
    public static String human(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 10_000 && ms % 1000 != 0) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        if (ms < 120_000 || ms % 60_000 != 0) {
            return (ms / 1000) + " s";
        }
        return (ms / 60_000) + " min";
    }
}
