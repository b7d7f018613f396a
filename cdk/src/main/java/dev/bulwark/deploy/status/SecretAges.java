package dev.bulwark.deploy.status;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.OptionalInt;

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

    /**
     * One secret's age.
     *
     * @param changed    when it last changed; empty when Secrets Manager could not say
     * @param unknown    why the age is unknown (the SDK error's name), when it is
     * @param maxAgeDays the blueprint's {@code secrets.maxAgeDays}
     */
    public record SecretAge(String name, Optional<Instant> changed, long days, Optional<String> unknown,
                            OptionalInt maxAgeDays) {
        /** Past {@code secrets.maxAgeDays}: due for {@code bulwark rotate}. */
        public boolean due() {
            return changed.isPresent() && maxAgeDays.isPresent() && days > maxAgeDays.getAsInt();
        }

        /** {@code 2026-09-01 (95 days ago), past secrets.maxAgeDays 90: run bulwark rotate}. */
        String render() {
            if (changed.isEmpty()) {
                return "unknown (" + unknown.orElse("no date from Secrets Manager") + ")";
            }
            String line = changed.get().toString().substring(0, 10) + " (" + days + (days == 1 ? " day" : " days")
                    + " ago)";
            return due() ? line + ", past secrets.maxAgeDays " + maxAgeDays.getAsInt() + ": run `bulwark rotate`"
                    : line;
        }
    }

    /** Each secret's age: the gateway token first, then each provider key. */
    public List<SecretAge> read(Secrets secrets) {
        List<String> names = new ArrayList<>();
        names.add(secrets.gatewayToken());
        secrets.providerKeys().forEach(k -> names.add(k.secretName()));
        return names.stream().map(name -> age(name, secrets.maxAgeDays())).toList();
    }

    /** The text lines: a heading, then one line per secret. */
    public static List<String> lines(List<SecretAge> ages) {
        List<String> lines = new ArrayList<>();
        lines.add("Secrets (last changed):");
        ages.forEach(a -> lines.add("  " + a.name() + " " + a.render()));
        return List.copyOf(lines);
    }

    /** The same facts for {@code status --format json}: {@code secrets: [{name, lastChanged, daysAgo, due}]}. */
    public static void addTo(ObjectNode root, List<SecretAge> ages) {
        ArrayNode list = root.putArray("secrets");
        for (SecretAge age : ages) {
            ObjectNode node = list.addObject().put("name", age.name());
            age.changed().ifPresent(c -> node.put("lastChanged", c.toString()).put("daysAgo", age.days()));
            age.unknown().ifPresent(u -> node.put("unknown", u));
            age.maxAgeDays().ifPresent(m -> node.put("maxAgeDays", m));
            node.put("due", age.due());
        }
    }

    private SecretAge age(String name, OptionalInt maxAgeDays) {
        Optional<Instant> changed;
        try {
            DescribeSecretResponse secret = secretsManager.describeSecret(b -> b.secretId(name));
            changed = Optional.ofNullable(secret.lastChangedDate()).or(() -> Optional.ofNullable(secret.createdDate()));
        } catch (SdkException e) {
            return new SecretAge(name, Optional.empty(), 0, Optional.of(e.getClass().getSimpleName()), maxAgeDays);
        }
        long days = changed.map(c -> Duration.between(c, clock.instant()).toDays()).orElse(0L);
        return new SecretAge(name, changed, days, Optional.empty(), maxAgeDays);
    }
}
