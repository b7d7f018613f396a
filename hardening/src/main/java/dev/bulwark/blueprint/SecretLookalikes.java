package dev.bulwark.blueprint;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises text that looks like secret material rather than a secret's name: provider API keys, AWS access
 * keys, tokens, private keys. The result names the kind only, never the text, so it is safe to print.
 */
final class SecretLookalikes {
    private static final Map<String, Pattern> PATTERNS = new LinkedHashMap<>();

    static {
        PATTERNS.put("a private key", Pattern.compile(
                "-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----|PuTTY-User-Key-File-"));
        PATTERNS.put("an Anthropic API key", Pattern.compile("(?<![A-Za-z0-9])sk-ant-"));
        PATTERNS.put("an API key (sk-...)", Pattern.compile("(?<![A-Za-z0-9])sk-(?:proj-)?([A-Za-z0-9_-]{20,})"));
        PATTERNS.put("an AWS access key id",
                Pattern.compile("(?<![A-Za-z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Za-z0-9])"));
        PATTERNS.put("a GitHub token", Pattern.compile("(?<![A-Za-z0-9])(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_)"));
        PATTERNS.put("a Slack token", Pattern.compile("(?<![A-Za-z0-9])xox[abposr]-"));
        PATTERNS.put("a Google API key", Pattern.compile("(?<![A-Za-z0-9])AIza[0-9A-Za-z_-]{35}"));
        // 40 characters of base64 with upper case, lower case and digits: the shape of an AWS secret access key.
        PATTERNS.put("an AWS secret access key",
                Pattern.compile("(?<![A-Za-z0-9/+=])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])"));
    }

    /** Runs of token characters long enough to be a random secret rather than words joined by separators. */
    private static final Pattern TOKEN_RUN = Pattern.compile("[A-Za-z0-9+=]{20,}");

    private SecretLookalikes() {
    }

    /** The kind of secret {@code text} looks like, if any. */
    static Optional<String> kind(String text) {
        for (Map.Entry<String, Pattern> e : PATTERNS.entrySet()) {
            Matcher m = e.getValue().matcher(text);
            if (m.find() && (m.groupCount() == 0 || m.group(1) == null || mixedCharacters(m.group(1)))) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * True when {@code text} holds a long random-looking run: 20+ letters and digits, mixed, with high entropy.
     * Only applied to fields that hold secret names, where such a run means a value was pasted.
     */
    static boolean highEntropyToken(String text) {
        Matcher m = TOKEN_RUN.matcher(text);
        while (m.find()) {
            String run = m.group();
            if (run.chars().anyMatch(Character::isDigit) && run.chars().anyMatch(Character::isLetter)
                    && entropyBitsPerChar(run) >= 3.5) {
                return true;
            }
        }
        return false;
    }

    /** Runs long enough that, when random, only a credential explains them. */
    private static final Pattern LONG_TOKEN_RUN = Pattern.compile("[A-Za-z0-9+/_-]{32,}={0,2}");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

    /**
     * True when {@code text} holds a 32+ character run that mixes upper case, lower case and digits with the
     * entropy of random base64 (4+ bits per character); hex digests (image pins) and words joined by separators
     * do not. Safe on every field, unlike {@link #highEntropyToken}.
     */
    static boolean randomCredentialRun(String text) {
        Matcher m = LONG_TOKEN_RUN.matcher(text);
        while (m.find()) {
            String run = m.group();
            if (!HEX.matcher(run).matches() && mixedCharacters(run) && entropyBitsPerChar(run) >= 4.0) {
                return true;
            }
        }
        return false;
    }

    /** Real {@code sk-} keys mix upper case, lower case and digits; a hyphenated name like sk-learn-... does not. */
    private static boolean mixedCharacters(String s) {
        return s.chars().anyMatch(Character::isUpperCase) && s.chars().anyMatch(Character::isLowerCase)
                && s.chars().anyMatch(Character::isDigit);
    }

    private static double entropyBitsPerChar(String s) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        s.chars().forEach(c -> counts.merge(c, 1, Integer::sum));
        double bits = 0;
        for (int n : counts.values()) {
            double p = (double) n / s.length();
            bits -= p * (Math.log(p) / Math.log(2));
        }
        return bits;
    }
}
