package dev.bulwark.deploy.secrets;

import dev.bulwark.blueprint.Secrets;
import dev.bulwark.deploy.DeployException;
import dev.bulwark.secret.Secret;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Where the provider keys come from: never the command line. Three forms, one format for stdin and files:
 * <ul>
 *   <li>{@code NAME=value} lines, NAME being the provider (e.g. {@code anthropic}) or its {@code env} name
 *       (e.g. {@code ANTHROPIC_API_KEY}); blank lines and lines starting with {@code #} are skipped;</li>
 *   <li>or, when no line has an {@code =}, one value per line in the blueprint's provider order;</li>
 *   <li>{@code env}: each provider's {@code env} variable.</li>
 * </ul>
 * A file must not be readable by group or others (e.g. mode 0600).
 */
public final class SecretSource {
    private final String description;
    private final Function<List<Secrets.ProviderKey>, Map<String, Secret>> reader;

    private SecretSource(String description, Function<List<Secrets.ProviderKey>, Map<String, Secret>> reader) {
        this.description = description;
        this.reader = reader;
    }

    public static SecretSource stdin(InputStream in) {
        return new SecretSource("standard input", keys -> parse(readLines(in, "standard input"), keys,
                "standard input"));
    }

    public static SecretSource environment(Map<String, String> environment) {
        return new SecretSource("the environment", keys -> {
            Map<String, Secret> values = new LinkedHashMap<>();
            List<String> missing = new ArrayList<>();
            for (Secrets.ProviderKey key : keys) {
                String value = environment.get(key.env());
                if (value == null || value.isBlank()) {
                    missing.add(key.env());
                } else {
                    values.put(key.provider(), Secret.of(value.strip()));
                }
            }
            if (!missing.isEmpty()) {
                throw DeployException.usage("--secrets-from env: set " + String.join(", ", missing)
                        + " in the environment (e.g. from your CI's secret store)");
            }
            return values;
        });
    }

    public static SecretSource file(Path file) {
        return new SecretSource(file.toString(), keys -> {
            requirePrivate(file);
            try (InputStream in = Files.newInputStream(file)) {
                return parse(readLines(in, file.toString()), keys, file.toString());
            } catch (IOException e) {
                throw DeployException.usage("cannot read the secrets file " + file + ": " + e.getMessage());
            }
        });
    }

    public String description() {
        return description;
    }

    /** Provider name to key, one for each of {@code keys}; fails naming what is missing, never a value. */
    public Map<String, Secret> read(List<Secrets.ProviderKey> keys) {
        return reader.apply(keys);
    }

    static Map<String, Secret> parse(List<String> lines, List<Secrets.ProviderKey> keys, String where) {
        List<String> content = lines.stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        Map<String, Secret> values = new LinkedHashMap<>();
        if (content.stream().noneMatch(l -> l.contains("="))) {
            if (content.size() != keys.size()) {
                throw DeployException.usage(where + " has " + content.size() + " value line(s) but the blueprint names "
                        + keys.size() + " provider key(s) (" + String.join(", ", keys.stream()
                        .map(Secrets.ProviderKey::provider).toList()) + "): give one per line in that order,"
                        + " or NAME=value lines");
            }
            for (int i = 0; i < keys.size(); i++) {
                values.put(keys.get(i).provider(), Secret.of(content.get(i)));
            }
            return values;
        }
        for (String line : content) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw DeployException.usage(where + " mixes NAME=value lines with bare values: use NAME=value on every"
                        + " line");
            }
            String name = line.substring(0, eq).strip();
            Secrets.ProviderKey key = keys.stream()
                    .filter(k -> k.provider().equals(name) || k.env().equals(name)).findFirst()
                    .orElseThrow(() -> DeployException.usage(where + " names '" + name + "', which is no provider of"
                            + " this blueprint: use one of " + String.join(", ", keys.stream()
                            .map(Secrets.ProviderKey::provider).toList())));
            values.put(key.provider(), Secret.of(line.substring(eq + 1).strip()));
        }
        List<String> missing = keys.stream().map(Secrets.ProviderKey::provider)
                .filter(p -> !values.containsKey(p)).toList();
        if (!missing.isEmpty()) {
            throw DeployException.usage(where + " has no key for " + String.join(", ", missing) + ": add a "
                    + missing.get(0) + "=... line");
        }
        return values;
    }

    private static List<String> readLines(InputStream in, String where) {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().toList();
        } catch (RuntimeException e) {
            throw DeployException.usage("cannot read provider keys from " + where + ": " + e.getMessage());
        }
    }

    private static void requirePrivate(Path file) {
        if (!Files.isRegularFile(file)) {
            throw DeployException.usage("secrets file " + file + " does not exist: create it with one NAME=value"
                    + " line per provider key and `chmod 600` it");
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.GROUP_READ)
                    || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                throw DeployException.usage("secrets file " + file + " is readable by group or others: run"
                        + " `chmod 600 " + file + "` (and rotate the keys if others could have read them)");
            }
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system (e.g. Windows): its ACLs are the user's to check.
        }
    }
}
