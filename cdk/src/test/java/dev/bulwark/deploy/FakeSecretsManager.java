package dev.bulwark.deploy;

import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.PutSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.PutSecretValueResponse;

import java.util.LinkedHashMap;
import java.util.Map;

/** Seam test double of Secrets Manager (no real counterpart here): secrets start as the stack's placeholder. */
final class FakeSecretsManager implements SecretsManagerClient {
    final Map<String, String> values = new LinkedHashMap<>();

    @Override
    public PutSecretValueResponse putSecretValue(PutSecretValueRequest request) {
        values.put(request.secretId(), request.secretString());
        return PutSecretValueResponse.builder().name(request.secretId()).build();
    }

    @Override
    public GetSecretValueResponse getSecretValue(GetSecretValueRequest request) {
        return GetSecretValueResponse.builder().secretString(values.getOrDefault(request.secretId(),
                "{\"bulwarkPlaceholder\":\"set by bulwark deploy\",\"nonce\":\"x\"}")).build();
    }

    final java.util.List<String> deletions = new java.util.ArrayList<>();

    @Override
    public software.amazon.awssdk.services.secretsmanager.model.DeleteSecretResponse deleteSecret(
            software.amazon.awssdk.services.secretsmanager.model.DeleteSecretRequest request) {
        deletions.add(request.secretId() + " " + request.recoveryWindowInDays());
        return software.amazon.awssdk.services.secretsmanager.model.DeleteSecretResponse.builder().build();
    }

    @Override
    public String serviceName() {
        return "secretsmanager";
    }

    @Override
    public void close() {
    }
}
