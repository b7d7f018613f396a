package dev.bulwark.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.deploy.Sleeper;
import dev.bulwark.deploy.rotate.GatewayTokenProof;
import dev.bulwark.deploy.rotate.GatewayTokenRotation;
import dev.bulwark.deploy.rotate.RotationResult;
import dev.bulwark.deploy.rotate.TokenDelivery;
import dev.bulwark.secret.Secret;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code bulwark rotate}'s delivery and proof against the real OpenClaw gateway on loopback: the delivery restarts
 * the gateway with the secret's new current value (as the host's systemd unit does after the credential is written),
 * the proof waits for it and shows the new token accepted and the old one refused. Secrets Manager is a stand-in at
 * the SDK seam (no real counterpart here); a delivery that forgets the restart must fail the proof.
 */
class RotateDeliveryIT {
    private static final String NAME = "bulwark/agent/gateway-token";
    private GatewayRestarts gateways;
    private OpenClawGateway gateway;

    @BeforeEach
    void installed() {
        gateways = new GatewayRestarts();
    }

    @AfterEach
    void stop() {
        gateways.close();
    }

    @Test
    void rotate_restartWithNewToken_provenOldRefusedNewAccepted() throws Exception {
        gateway = gateways.start();
        int port = gateway.port();
        SecretStages secrets = new SecretStages(gateway.token().reveal());

        TokenDelivery restart = () -> {
            gateway.close();
            gateway = gateways.start(Secret.of(secrets.current), port);
        };
        RotationResult result = rotation(secrets, restart, port).rotate(NAME, "bulwark rotate agent.yaml --rollback");

        assertEquals(RotationResult.Outcome.PROVEN, result.outcome(), result.message() + result.findings());
        assertNotEquals(secrets.previous, secrets.current);
        assertEquals(Secret.of(secrets.current), gateway.token());
    }

    @Test
    void rotate_deliveryWithoutRestart_failsWithStaleTokenAcceptedAndRollbackCommand() throws Exception {
        gateway = gateways.start();
        SecretStages secrets = new SecretStages(gateway.token().reveal());

        RotationResult result = rotation(secrets, () -> { }, gateway.port())
                .rotate(NAME, "bulwark rotate agent.yaml --rollback");

        assertEquals(RotationResult.Outcome.FAILED, result.outcome(), result.message());
        List<String> rules = result.findings().stream().map(f -> f.ruleId()).toList();
        assertTrue(rules.contains("GATEWAY_STALE_TOKEN_ACCEPTED") && rules.contains("GATEWAY_CURRENT_TOKEN_REFUSED"),
                rules.toString());
        assertTrue(result.message().contains("bulwark rotate agent.yaml --rollback"), result.message());
        assertTrue(!result.toString().contains(secrets.current) && !result.toString().contains(secrets.previous));
    }

    private static GatewayTokenRotation rotation(SecretStages secrets, TokenDelivery delivery, int port) {
        return new GatewayTokenRotation(secrets, delivery, new GatewayTokenProof(
                java.net.URI.create("http://127.0.0.1:" + port + "/"), Duration.ofSeconds(180), Optional.empty(),
                Sleeper.system()));
    }
}
