package dev.bulwark.deploy.status;

import dev.bulwark.blueprint.Secrets;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code bulwark status}: how long ago each secret of the blueprint last changed (DescribeSecret's
 * {@code LastChangedDate}, else its creation date), and whether that is past {@code secrets.maxAgeDays}. Reads
 * metadata only, never a value.
 */
public final class SecretAges {
    private final SecretsManagerClient secretsManager;
    private final Clock clock;

    public SecretAges(SecretsManagerClient secretsManager, Clock clock) {
        this.secretsManager = secretsManager;
        this.clock = clock;
    }

    /** One line per secret: the gateway token first, then each provider key. */
    public List<String> lines(Secrets secrets) {
        List<String> lines = new ArrayList<>();
        lines.add("Secrets (last changed):");
        List<String> names = new ArrayList<>();
        names.add(secrets.gatewayToken());
        secrets.providerKeys().forEach(k -> names.add(k.secretName()));
        for (String name : names) {
            lines.add("  " + name + " " + age(name, secrets));
        }
        return List.copyOf(lines);
    }

    private String age(String name, Secrets secrets) {
        Optional<Instant> changed;
        try {
            DescribeSecretResponse secret = secretsManager.describeSecret(b -> b.secretId(name));
            changed = Optional.ofNullable(secret.lastChangedDate()).or(() -> Optional.ofNullable(secret.createdDate()));
        } catch (SdkException e) {
            return "unknown (" + e.getClass().getSimpleName() + ")";
        }
        if (changed.isEmpty()) {
            return "unknown (no date from Secrets Manager)";
        }
        return render(changed.get(), clock.instant(), secrets);
    }

    /** {@code 2026-09-01 (95 days ago), past secrets.maxAgeDays 90: run bulwark rotate}. */
    static String render(Instant changed, Instant now, Secrets secrets) {
        long days = Duration.between(changed, now).toDays();
        String line = changed.toString().substring(0, 10) + " (" + days + (days == 1 ? " day" : " days") + " ago)";
        if (secrets.maxAgeDays().isPresent() && days > secrets.maxAgeDays().getAsInt()) {
            line += ", past secrets.maxAgeDays " + secrets.maxAgeDays().getAsInt() + ": run `bulwark rotate`";
        }
        return line;
    }
}
