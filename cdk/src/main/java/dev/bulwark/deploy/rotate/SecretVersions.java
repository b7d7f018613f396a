package dev.bulwark.deploy.rotate;

import dev.bulwark.deploy.aws.AwsErrors;
import dev.bulwark.secret.Secret;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * A secret's current and previous version in Secrets Manager: {@code PutSecretValue} makes a new
 * {@code AWSCURRENT} and the service keeps the one before as {@code AWSPREVIOUS}. Values stay {@link Secret}s and go
 * only into the request; messages name the secret, never its value.
 */
final class SecretVersions {
    static final String PREVIOUS = "AWSPREVIOUS";

    private final SecretsManagerClient secretsManager;

    SecretVersions(SecretsManagerClient secretsManager) {
        this.secretsManager = secretsManager;
    }

    Secret current(String secretName) {
        return read(secretName, null);
    }

    Secret previous(String secretName) {
        return read(secretName, PREVIOUS);
    }

    /** Stores {@code value} as the new current version; {@code what} names it in an error. */
    void put(String secretName, Secret value, String what) {
        try {
            secretsManager.putSecretValue(b -> b.secretId(secretName).secretString(value.reveal()));
        } catch (SdkException e) {
            // The SDK's message never carries the request body, so translating it cannot leak the value.
            throw AwsErrors.translate(e, "storing " + what + " in secret " + secretName);
        }
    }

    private Secret read(String secretName, String stage) {
        try {
            return Secret.of(secretsManager.getSecretValue(b -> b.secretId(secretName).versionStage(stage))
                    .secretString());
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "reading " + (stage == null ? "" : stage + " of ") + "secret " + secretName);
        }
    }
}
