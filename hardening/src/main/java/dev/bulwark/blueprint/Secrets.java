package dev.bulwark.blueprint;

import java.util.List;
import java.util.OptionalInt;

/**
 * Names of secrets in AWS Secrets Manager — never values.
 *
 * @param gatewayToken name of the generated gateway token secret
 * @param providerKeys one secret per model provider key
 * @param maxAgeDays   {@code secrets.maxAgeDays}: past this many days since a secret last changed, {@code status}
 *                     says it is due for {@code bulwark rotate}
 */
public record Secrets(String gatewayToken, List<ProviderKey> providerKeys, OptionalInt maxAgeDays) {
    public Secrets {
        providerKeys = providerKeys == null ? List.of() : List.copyOf(providerKeys);
        maxAgeDays = maxAgeDays == null ? OptionalInt.empty() : maxAgeDays;
    }

    /** No maximum age. */
    public Secrets(String gatewayToken, List<ProviderKey> providerKeys) {
        this(gatewayToken, providerKeys, OptionalInt.empty());
    }

    /**
     * @param provider   e.g. {@code anthropic}, {@code openai}, {@code google}
     * @param secretName the Secrets Manager name holding the key
     * @param env        environment variable name the agent reads it from (via a systemd credential)
     */
    public record ProviderKey(String provider, String secretName, String env) {
    }
}
