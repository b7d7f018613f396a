package dev.bulwark.deploy.secrets;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.blueprint.Secrets;
import dev.bulwark.cdk.instance.GatewaySecrets;
import dev.bulwark.deploy.aws.AwsErrors;
import dev.bulwark.secret.Secret;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.util.List;
import java.util.Map;

/**
 * Puts provider keys into the Secrets Manager secrets the stack created with placeholders. The value goes only
 * into the {@code PutSecretValue} request; messages name the secret, never its value.
 */
public final class ProviderKeyStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SecretsManagerClient secretsManager;

    public ProviderKeyStore(SecretsManagerClient secretsManager) {
        this.secretsManager = secretsManager;
    }

    public void store(List<Secrets.ProviderKey> keys, Map<String, Secret> values) {
        for (Secrets.ProviderKey key : keys) {
            Secret value = values.get(key.provider());
            if (value == null || value.isEmpty()) {
                continue;
            }
            try {
                secretsManager.putSecretValue(b -> b.secretId(key.secretName()).secretString(value.reveal()));
            } catch (SdkException e) {
                // The SDK's message never carries the request body, so translating it cannot leak the value.
                throw AwsErrors.translate(e, "storing the " + key.provider() + " key in secret " + key.secretName());
            }
        }
    }

    /** Names of the provider key secrets that still hold the stack's placeholder (never filled). */
    public List<String> unfilled(List<Secrets.ProviderKey> keys) {
        return keys.stream().map(Secrets.ProviderKey::secretName).filter(this::holdsPlaceholder).toList();
    }

    private boolean holdsPlaceholder(String secretName) {
        try {
            String current = secretsManager.getSecretValue(b -> b.secretId(secretName)).secretString();
            return current != null && current.startsWith("{")
                    && JSON.readTree(current).has(GatewaySecrets.PLACEHOLDER_FIELD);
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "reading secret " + secretName);
        } catch (java.io.IOException e) {
            return false; // not JSON, so a real key
        }
    }
}
