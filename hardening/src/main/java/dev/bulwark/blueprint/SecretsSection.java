package dev.bulwark.blueprint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** {@code secrets:}: names of Secrets Manager entries (never values) and the environment each one feeds. */
final class SecretsSection {
    static final Pattern SECRET_NAME = Pattern.compile("[A-Za-z0-9/_+=.@-]{1,512}");
    private static final Pattern PROVIDER = Pattern.compile("[a-z0-9-]+");
    private static final Pattern ENV = Pattern.compile("[A-Z_][A-Z0-9_]*");
    private static final int MAX_AGE_DAYS = 3650;

    private SecretsSection() {
    }

    static Secrets read(MappingFields root, String blueprintName) {
        MappingFields secrets = root.section("secrets", BlueprintKeys.SECRETS);
        String gatewayToken = secrets.string("gatewayToken",
                (blueprintName == null ? "openclaw" : blueprintName) + "/gateway-token");
        if (gatewayToken != null) {
            checkSecretName(secrets, "gatewayToken", gatewayToken);
        }
        Map<String, SourceLocation> names = new HashMap<>();
        Map<String, SourceLocation> envs = new HashMap<>();
        if (gatewayToken != null) {
            names.put(gatewayToken, secrets.at("gatewayToken"));
        }
        List<Secrets.ProviderKey> keys = new ArrayList<>();
        for (MappingFields item : secrets.mappings("providerKeys", BlueprintKeys.PROVIDER_KEY)) {
            String provider = item.requiredString("provider");
            if (provider != null && !PROVIDER.matcher(provider).matches()) {
                item.error("provider", "is not a provider id", "lower-case letters, digits and -, e.g. anthropic");
            }
            String secretName = item.requiredString("secretName");
            if (secretName != null && checkSecretName(item, "secretName", secretName)) {
                unique(item, "secretName", secretName, names, "secret");
            }
            String env = item.requiredString("env");
            if (env != null && !ENV.matcher(env).matches()) {
                item.error("env", "is not an environment variable name", "upper-case letters, digits and _, "
                        + "e.g. ANTHROPIC_API_KEY");
            } else if (env != null) {
                unique(item, "env", env, envs, "variable");
            }
            keys.add(new Secrets.ProviderKey(provider, secretName, env));
        }
        return new Secrets(gatewayToken, keys, maxAgeDays(secrets));
    }

    private static OptionalInt maxAgeDays(MappingFields secrets) {
        if (secrets.present("maxAgeDays").isEmpty()) {
            return OptionalInt.empty();
        }
        Integer days = secrets.integer("maxAgeDays", 0);
        if (days == null) {
            return OptionalInt.empty();
        }
        if (days < 1 || days > MAX_AGE_DAYS) {
            secrets.error("maxAgeDays", days + " days is not 1-" + MAX_AGE_DAYS,
                    "days a secret may go unrotated before status says so, e.g. 90");
            return OptionalInt.empty();
        }
        return OptionalInt.of(days);
    }

    private static boolean checkSecretName(MappingFields fields, String key, String name) {
        if (SECRET_NAME.matcher(name).matches()) {
            return true;
        }
        fields.error(key, "is not a Secrets Manager secret name",
                "1-512 characters of letters, digits and / _ + = . @ -, e.g. openclaw-prod/anthropic-api-key");
        return false;
    }

    private static void unique(MappingFields item, String key, String value, Map<String, SourceLocation> seen,
                               String what) {
        SourceLocation first = seen.putIfAbsent(value, item.at(key));
        if (first != null) {
            item.error(key, "the same " + what + " is already used at line " + first.line(),
                    "each provider key needs its own " + what);
        }
    }
}
