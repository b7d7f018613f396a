package dev.bulwark.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bulwark.blueprint.Secrets;
import dev.bulwark.deploy.status.SecretAges;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.model.PutSecretValueRequest;

/**
 * {@code status}'s secret ages at the Secrets Manager SDK seam (a stand-in: the AWS control plane has no real
 * counterpart here): DescribeSecret's LastChangedDate against {@code secrets.maxAgeDays}.
 */
class SecretAgesTest {
    private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # days ago | maxAgeDays | line
            0          | -          | 2026-12-05 (0 days ago)
            1          | 90         | 2026-12-04 (1 day ago)
            90         | 90         | 2026-09-06 (90 days ago)
            91         | 90         | 2026-09-05 (91 days ago), past secrets.maxAgeDays 90: run `bulwark rotate`
            400        | -          | 2025-10-31 (400 days ago)
            """)
    void lines_ageAgainstMaxAge(int daysAgo, Integer maxAgeDays, String expected) {
        VersionedSecretsManager sm = new VersionedSecretsManager(CLOCK)
                .with("agent/gateway-token", "t", NOW.minus(Duration.ofDays(daysAgo)));
        Secrets secrets = new Secrets("agent/gateway-token", List.of(),
                maxAgeDays == null ? OptionalInt.empty() : OptionalInt.of(maxAgeDays));

        assertEquals(List.of("Secrets (last changed):", "  agent/gateway-token " + expected),
                SecretAges.lines(new SecretAges(sm, CLOCK).read(secrets)));
    }

    @Test
    void lines_providerKeysAfterTokenMissingSecretUnknown_rotationResetsAge() {
        VersionedSecretsManager sm = new VersionedSecretsManager(CLOCK)
                .with("agent/gateway-token", "t", NOW.minus(Duration.ofDays(200)));
        Secrets secrets = new Secrets("agent/gateway-token", List.of(new Secrets.ProviderKey("anthropic",
                "agent/anthropic", "ANTHROPIC_API_KEY")), OptionalInt.of(30));
        SecretAges ages = new SecretAges(sm, CLOCK);

        assertEquals(List.of("Secrets (last changed):",
                "  agent/gateway-token 2026-05-19 (200 days ago), past secrets.maxAgeDays 30: run `bulwark rotate`",
                "  agent/anthropic unknown (ResourceNotFoundException)"), SecretAges.lines(ages.read(secrets)));

        sm.putSecretValue(PutSecretValueRequest.builder().secretId("agent/gateway-token").secretString("n").build());

        assertEquals("  agent/gateway-token 2026-12-05 (0 days ago)", SecretAges.lines(ages.read(secrets)).get(1));
    }

    @Test
    void addTo_jsonCarriesTheSameFactsAsTheLines() {
        VersionedSecretsManager sm = new VersionedSecretsManager(CLOCK)
                .with("agent/gateway-token", "t", NOW.minus(Duration.ofDays(91)));
        Secrets secrets = new Secrets("agent/gateway-token", List.of(new Secrets.ProviderKey("anthropic",
                "agent/anthropic", "ANTHROPIC_API_KEY")), OptionalInt.of(90));
        com.fasterxml.jackson.databind.node.ObjectNode root = new com.fasterxml.jackson.databind.ObjectMapper()
                .createObjectNode();

        SecretAges.addTo(root, new SecretAges(sm, CLOCK).read(secrets));

        assertEquals("[{\"name\":\"agent/gateway-token\",\"lastChanged\":\"2026-09-05T03:00:00Z\",\"daysAgo\":91,"
                + "\"maxAgeDays\":90,\"due\":true},{\"name\":\"agent/anthropic\",\"unknown\":"
                + "\"ResourceNotFoundException\",\"maxAgeDays\":90,\"due\":false}]", root.path("secrets").toString());
    }
}
