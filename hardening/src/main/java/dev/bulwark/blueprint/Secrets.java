package dev.bulwark.blueprint;

import java.util.List;

/**
 * Names of secrets in AWS Secrets Manager — never values.
 *
 * @param gatewayToken name of the generated gateway token secret
 * @param providerKeys one secret per model provider key
 */
public record Secrets(String gatewayToken, List<ProviderKey> providerKeys) {
    public Secrets {
        providerKeys = providerKeys == null ? List.of() : List.copyOf(providerKeys);
    }

    /**
     * @param provider   e.g. {@code anthropic}, {@code openai}, {@code google}
     * @param secretName the Secrets Manager name holding the key
     * @param env        environment variable name the agent reads it from (via a systemd credential)
     */
    public record ProviderKey(String provider, String secretName, String env) {
    }
}
