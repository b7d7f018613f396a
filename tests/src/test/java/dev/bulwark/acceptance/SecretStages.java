package dev.bulwark.acceptance;

import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.PutSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.PutSecretValueResponse;

/**
 * Secrets Manager's AWSCURRENT/AWSPREVIOUS for one secret: a stand-in at the SDK seam, since the AWS control plane
 * has no real counterpart here. PutSecretValue moves the current value to AWSPREVIOUS, as the service does.
 */
final class SecretStages implements SecretsManagerClient {
    volatile String current;
    volatile String previous;

    SecretStages(String initial) {
        current = initial;
    }

    @Override
    public PutSecretValueResponse putSecretValue(PutSecretValueRequest request) {
        previous = current;
        current = request.secretString();
        return PutSecretValueResponse.builder().name(request.secretId()).build();
    }

    @Override
    public GetSecretValueResponse getSecretValue(GetSecretValueRequest request) {
        return GetSecretValueResponse.builder().secretString("AWSPREVIOUS".equals(request.versionStage())
                ? previous : current).build();
    }

    @Override
    public String serviceName() {
        return "secretsmanager";
    }

    @Override
    public void close() {
    }
}
