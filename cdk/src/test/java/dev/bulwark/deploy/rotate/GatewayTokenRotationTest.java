package dev.bulwark.deploy.rotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.secret.Secret;
import dev.bulwark.verify.ProbeOutcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.PutSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.PutSecretValueResponse;

/**
 * The rotation engine at the AWS SDK seam: Secrets Manager is a test double keeping AWSCURRENT/AWSPREVIOUS as the
 * service does (no real counterpart here, and nothing may need AWS credentials); the delivery and the proof are
 * recorded here. The real delivery and proof against the real gateway are in the tests module.
 */
class GatewayTokenRotationTest {
    private static final String NAME = "bulwark/agent/gateway-token";
    private static final String ROLLBACK = "bulwark rotate agent.yaml --rollback";

    private final VersionedSecrets secrets = new VersionedSecrets("old-token-value-0123456789");
    private final List<String> events = new ArrayList<>();

    @Test
    void rotate_proven_newTokenCurrentOldPreviousDeliveredThenProven() throws InterruptedException {
        RotationResult result = engine(accept()).rotate(NAME, ROLLBACK);

        assertEquals(RotationResult.Outcome.PROVEN, result.outcome(), result.message());
        assertEquals("old-token-value-0123456789", secrets.previous);
        assertNotEquals(secrets.previous, secrets.current);
        assertTrue(secrets.current.length() >= 43, "48 random bytes, Base64: " + secrets.current.length());
        assertEquals(List.of("put", "deliver", "prove new=" + secrets.current + " old=" + secrets.previous), events);
    }

    @Test
    void rotate_oldStillAccepted_failedWithFindingAndRollbackCommandNoToken() throws InterruptedException {
        RotationResult result = engine(stillAccepted()).rotate(NAME, ROLLBACK);

        assertEquals(RotationResult.Outcome.FAILED, result.outcome());
        assertEquals("GATEWAY_STALE_TOKEN_ACCEPTED", result.findings().get(0).ruleId());
        assertTrue(result.message().contains(ROLLBACK), result.message());
        assertFalse(result.message().contains(secrets.current) || result.message().contains(secrets.previous));
    }

    @Test
    void rotate_gatewayNeverAnswers_notProvenWithRollbackCommand() throws InterruptedException {
        RotationResult result = engine((n, o) -> new ProbeOutcome.Unreachable("no answer within 120 s"))
                .rotate(NAME, ROLLBACK);
        assertEquals(RotationResult.Outcome.NOT_PROVEN, result.outcome());
        assertTrue(result.message().contains(ROLLBACK), result.message());
    }

    @Test
    void rollback_previousBecomesCurrentAndIsDelivered() throws InterruptedException {
        engine(accept()).rotate(NAME, ROLLBACK);
        String rotated = secrets.current;
        events.clear();

        RotationResult result = engine(accept()).rollback(NAME);

        assertEquals(RotationResult.Outcome.PROVEN, result.outcome());
        assertEquals("old-token-value-0123456789", secrets.current);
        assertEquals(List.of("put", "deliver", "prove new=old-token-value-0123456789 old=" + rotated), events);
    }

    private GatewayTokenRotation engine(TokenProof proof) {
        return new GatewayTokenRotation(secrets, () -> events.add("deliver"), (current, stale) -> {
            events.add("prove new=" + current.reveal() + " old=" + stale.reveal());
            return proof.prove(current, stale);
        });
    }

    private static TokenProof accept() {
        return (current, stale) -> new ProbeOutcome.Checked(List.of("GATEWAY_STALE_TOKEN_ACCEPTED"), List.of());
    }

    private static TokenProof stillAccepted() {
        RuleInfo rule = new RuleInfo("GATEWAY_STALE_TOKEN_ACCEPTED", Severity.CRITICAL, "stale", null, null, null);
        return (current, stale) -> new ProbeOutcome.Checked(List.of(rule.id()),
                List.of(Finding.of(rule, "https://agent.example.com/", "POST /tools/invoke with the stale token -> 400")));
    }

    /** Secrets Manager's version stages for one secret: PutSecretValue moves AWSCURRENT to AWSPREVIOUS. */
    private final class VersionedSecrets implements SecretsManagerClient {
        String current;
        String previous;

        VersionedSecrets(String initial) {
            current = initial;
        }

        @Override
        public PutSecretValueResponse putSecretValue(PutSecretValueRequest request) {
            assertEquals(NAME, request.secretId());
            events.add("put");
            previous = current;
            current = request.secretString();
            return PutSecretValueResponse.builder().name(NAME).build();
        }

        @Override
        public GetSecretValueResponse getSecretValue(GetSecretValueRequest request) {
            assertEquals(NAME, request.secretId());
            String value = GatewayTokenRotation.PREVIOUS.equals(request.versionStage()) ? previous : current;
            return GetSecretValueResponse.builder().secretString(value).build();
        }

        @Override
        public String serviceName() {
            return "secretsmanager";
        }

        @Override
        public void close() {
        }
    }
}
