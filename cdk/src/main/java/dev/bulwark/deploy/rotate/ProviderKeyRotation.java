package dev.bulwark.deploy.rotate;

import dev.bulwark.blueprint.Secrets;
import dev.bulwark.deploy.Console;
import dev.bulwark.secret.Secret;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A provider key (Anthropic, OpenAI, Google, ...) replaced by one the user made at the provider: bulwark cannot
 * mint or revoke provider keys. The new value becomes the secret's current version, is delivered as deploy does,
 * and the gateway must answer again. Nothing outside can prove more without calling the provider, and the result
 * says so, together with the reminder to revoke the old key there.
 */
public final class ProviderKeyRotation {
    /** Where each well-known provider lists its keys (for "revoke the old key"). */
    private static final Map<String, String> KEY_PAGES = Map.of(
            "anthropic", "https://console.anthropic.com/settings/keys",
            "openai", "https://platform.openai.com/api-keys",
            "google", "https://aistudio.google.com/apikey");

    private final SecretVersions versions;
    private final TokenDelivery delivery;
    private final GatewayCheck gateway;
    private final Console console;

    public ProviderKeyRotation(SecretsManagerClient secretsManager, TokenDelivery delivery, GatewayCheck gateway,
                               Console console) {
        this.versions = new SecretVersions(secretsManager);
        this.delivery = delivery;
        this.gateway = gateway;
        this.console = console;
    }

    /** Stores {@code value} (the key the user made) as the current version, delivers it, waits for the gateway. */
    public RotationResult replace(Secrets.ProviderKey key, Secret value, String rollbackCommand)
            throws InterruptedException {
        console.line("Creating a new version of secret " + key.secretName() + " (the " + key.provider() + " key; the"
                + " old one stays as " + SecretVersions.PREVIOUS + ")...");
        versions.put(key.secretName(), value, "the new " + key.provider() + " key");
        return deliverAndWait(key, "The new " + key.provider() + " key is stored and delivered, and the gateway"
                + " answers again. No outside proof is possible: only a call to " + key.provider() + " would show"
                + " that the key works, and bulwark does not call providers. Check that the agent answers, then"
                + " revoke the old key at " + key.provider() + revokeWhere(key) + " (bulwark did not make it and"
                + " cannot revoke it). To go back while the old key still works: " + rollbackCommand, rollbackCommand);
    }

    /** Makes the previous version current again and delivers it. */
    public RotationResult rollback(Secrets.ProviderKey key) throws InterruptedException {
        Secret previous = versions.previous(key.secretName());
        try {
            console.line("Making " + SecretVersions.PREVIOUS + " of secret " + key.secretName() + " (the "
                    + key.provider() + " key) current again...");
            versions.put(key.secretName(), previous, "the previous " + key.provider() + " key");
        } finally {
            previous.destroy();
        }
        return deliverAndWait(key, "The previous " + key.provider() + " key is current and delivered again, and"
                + " the gateway answers. It works only as long as it is not revoked at " + key.provider() + ".",
                "check the gateway's service and logs");
    }

    private RotationResult deliverAndWait(Secrets.ProviderKey key, String delivered, String otherwise)
            throws InterruptedException {
        console.line("Delivering the " + key.provider() + " key...");
        delivery.deliverCurrent();
        console.line("Waiting for the gateway to answer again...");
        Optional<String> notReady = gateway.awaitReady();
        return notReady.map(reason -> new RotationResult(RotationResult.Outcome.NOT_PROVEN, List.of(),
                        "The " + key.provider() + " key is stored and delivered, but " + reason + ". Roll back or"
                                + " look further: " + otherwise))
                .orElseGet(() -> new RotationResult(RotationResult.Outcome.DELIVERED, List.of(), delivered));
    }

    private static String revokeWhere(Secrets.ProviderKey key) {
        String page = KEY_PAGES.get(key.provider());
        return page == null ? "" : " (" + page + ")";
    }
}
