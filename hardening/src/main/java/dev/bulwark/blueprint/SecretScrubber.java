package dev.bulwark.blueprint;

import dev.bulwark.blueprint.YamlNode.Entry;
import dev.bulwark.blueprint.YamlNode.Mapping;
import dev.bulwark.blueprint.YamlNode.Scalar;
import dev.bulwark.blueprint.YamlNode.ScalarType;
import dev.bulwark.blueprint.YamlNode.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds secret material anywhere in the tree, reports it without echoing it, and replaces it with a
 * {@link ScalarType#REDACTED} placeholder (or drops the key), so no later message can quote it.
 */
final class SecretScrubber {
    private static final Pattern SECRET_NAME_FIELD =
            Pattern.compile("secrets\\.gatewayToken|secrets\\.providerKeys\\[\\d+\\]\\.secretName");
    private static final String PUBLIC_KEY_FIELD = "admin.publicKey";
    private static final String MESSAGE = "looks like a secret value (%s); a blueprint holds secret names only, "
            + "never values";
    private static final String STORE_HINT = "put the value in AWS Secrets Manager and write its name here "
            + "(e.g. openclaw-prod/anthropic-api-key); rotate it, it has been written to a file";
    private static final String PUBLIC_KEY_HINT = "paste the one-line public key from your .pub file "
            + "(ssh-ed25519 AAAA... you@host); treat this private key as exposed and replace it";

    private final Problems problems;

    private SecretScrubber(Problems problems) {
        this.problems = problems;
    }

    static Mapping scrub(Mapping root, Problems problems) {
        return (Mapping) new SecretScrubber(problems).visit(root, "");
    }

    /**
     * Comments are not part of the tree, yet a file with a key pasted in a comment ends up in repositories and CI
     * logs all the same: every comment is checked for the same shapes.
     */
    static void scrubComments(String text, Problems problems) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int hash = commentStart(lines[i]);
            if (hash < 0) {
                continue;
            }
            String comment = lines[i].substring(hash + 1);
            Optional<String> kind = SecretLookalikes.kind(comment).or(() -> SecretLookalikes
                    .randomCredentialRun(comment) ? Optional.of("a long random token") : Optional.empty());
            if (kind.isPresent()) {
                problems.error(problems.at(i + 1, hash + 1), "", "a comment " + String.format(MESSAGE, kind.get()),
                        "delete the comment; " + STORE_HINT);
            }
        }
    }

    /**
     * Where a YAML comment starts on {@code line}: a {@code #} at the start or after white space, outside quotes;
     * -1 when there is none. Good enough for blueprints, whose values are short scalars on one line.
     */
    static int commentStart(String line) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single && (i == 0 || line.charAt(i - 1) != '\\')) {
                dbl = !dbl;
            } else if (c == '#' && !single && !dbl && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    private YamlNode visit(YamlNode node, String path) {
        if (node instanceof Mapping m) {
            List<Entry> kept = new ArrayList<>();
            for (Entry e : m.entries()) {
                Optional<String> kind = SecretLookalikes.kind(e.key());
                if (kind.isPresent()) {
                    problems.error(e.keyLocation(), path, "a key " + String.format(MESSAGE, kind.get()), STORE_HINT);
                } else {
                    kept.add(new Entry(e.key(), e.keyLocation(), visit(e.value(), child(path, e.key()))));
                }
            }
            return new Mapping(m.location(), kept);
        }
        if (node instanceof Sequence s) {
            List<YamlNode> items = new ArrayList<>();
            for (int i = 0; i < s.items().size(); i++) {
                items.add(visit(s.items().get(i), path + "[" + i + "]"));
            }
            return new Sequence(s.location(), items);
        }
        Scalar scalar = (Scalar) node;
        Optional<String> kind = secretKind(scalar.text(), path);
        if (kind.isEmpty()) {
            return scalar;
        }
        boolean privateKey = path.equals(PUBLIC_KEY_FIELD);
        problems.error(scalar.location(), path, String.format(MESSAGE, kind.get()),
                privateKey ? PUBLIC_KEY_HINT : STORE_HINT);
        return new Scalar(scalar.location(), ScalarType.REDACTED, "");
    }

    private static Optional<String> secretKind(String text, String path) {
        Optional<String> kind = SecretLookalikes.kind(text);
        if (kind.isPresent()) {
            return kind;
        }
        if (path.equals(PUBLIC_KEY_FIELD) && text.contains("-----BEGIN") && !text.contains("PUBLIC KEY")) {
            return Optional.of("a private key");
        }
        if (SECRET_NAME_FIELD.matcher(path).matches() && SecretLookalikes.highEntropyToken(text)) {
            return Optional.of("a long random token");
        }
        if (!path.equals(PUBLIC_KEY_FIELD) && SecretLookalikes.randomCredentialRun(text)) {
            return Optional.of("a long random token");
        }
        return Optional.empty();
    }

    private static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
