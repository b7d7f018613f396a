package dev.bulwark.deploy;

import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretRequest;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.PutSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.PutSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seam test double of Secrets Manager (no real counterpart here) that keeps version stages as the service does:
 * PutSecretValue moves AWSCURRENT to AWSPREVIOUS and records when the secret last changed.
 */
final class VersionedSecretsManager implements SecretsManagerClient {
    final Map<String, String> current = new LinkedHashMap<>();
    final Map<String, String> previous = new LinkedHashMap<>();
    final Map<String, Instant> lastChanged = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();
    private final Clock clock;

    VersionedSecretsManager(Clock clock) {
        this.clock = clock;
    }

    VersionedSecretsManager with(String name, String value, Instant changed) {
        current.put(name, value);
        lastChanged.put(name, changed);
        return this;
    }

    @Override
    public PutSecretValueResponse putSecretValue(PutSecretValueRequest request) {
        calls.add("PutSecretValue " + request.secretId());
        previous.put(request.secretId(), current.get(request.secretId()));
        current.put(request.secretId(), request.secretString());
        lastChanged.put(request.secretId(), clock.instant());
        return PutSecretValueResponse.builder().name(request.secretId()).build();
    }

    @Override
    public GetSecretValueResponse getSecretValue(GetSecretValueRequest request) {
        String value = ("AWSPREVIOUS".equals(request.versionStage()) ? previous : current).get(request.secretId());
        if (value == null) {
            throw ResourceNotFoundException.builder().message("Secrets Manager can't find the specified secret"
                    + " value for staging label: " + request.versionStage()).build();
        }
        return GetSecretValueResponse.builder().name(request.secretId()).secretString(value).build();
    }

    @Override
    public DescribeSecretResponse describeSecret(DescribeSecretRequest request) {
        if (!lastChanged.containsKey(request.secretId())) {
            throw ResourceNotFoundException.builder().message("Secrets Manager can't find the specified secret.")
                    .build();
        }
        return DescribeSecretResponse.builder().name(request.secretId())
                .lastChangedDate(lastChanged.get(request.secretId())).build();
    }

    @Override
    public String serviceName() {
        return "secretsmanager";
    }

    @Override
    public void close() {
    }
}
