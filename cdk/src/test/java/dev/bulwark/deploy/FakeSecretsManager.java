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
    /**
     * Secrets left from an earlier deployment, by name: the time their deletion was scheduled, or null while they
     * still exist. DescribeSecret of any other name answers ResourceNotFoundException, as Secrets Manager does.
     */
    final Map<String, java.time.Instant> retained = new LinkedHashMap<>();

    @Override
    public software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse describeSecret(
            software.amazon.awssdk.services.secretsmanager.model.DescribeSecretRequest request) {
        if (!retained.containsKey(request.secretId())) {
            throw software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException.builder()
                    .message("Secrets Manager can't find the specified secret.").build();
        }
        return software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse.builder()
                .name(request.secretId()).deletedDate(retained.get(request.secretId())).build();
    }

    @Override
    public software.amazon.awssdk.services.secretsmanager.model.DeleteSecretResponse deleteSecret(
            software.amazon.awssdk.services.secretsmanager.model.DeleteSecretRequest request) {
        deletions.add(request.secretId() + " " + (Boolean.TRUE.equals(request.forceDeleteWithoutRecovery())
                ? "force" : request.recoveryWindowInDays()));
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
