package dev.bulwark.blueprint;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for misspelt keys and values, by edit distance over a normalised spelling. */
public final class Suggestions {
    private static final int MAX_TYPED = 64;
    private static final int MAX_SHOWN = 60;

    private Suggestions() {
    }

    /** What a message may quote of a user's text: at most 60 characters. */
    static String shorten(String text) {
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN - 3) + "...";
    }

    /** The closest candidate, if it is close enough to be a typo rather than a different word. */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        if (typed.length() > MAX_TYPED) {
            return Optional.empty(); // no typo is that long, and the distance is quadratic
        }
        String t = normalise(typed);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(t, normalise(c));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int allowed = Math.max(1, Math.min(3, t.length() / 3));
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** A hint: "did you mean `x`?" or the list of choices. */
    public static String hint(String typed, Collection<String> candidates, String what) {
        return closest(typed, candidates).map(c -> "did you mean `" + c + "`?")
                .orElse(what + ": " + String.join(", ", candidates));
    }

    /** Case, underscores and hyphens are the commonest slips: {@code ssh_cidrs} means {@code sshCidrs}. */
    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
