package dev.bulwark.deploy.rotate;

import dev.bulwark.deploy.aws.AwsErrors;
import dev.bulwark.secret.Secret;
import dev.bulwark.verify.ProbeOutcome;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Rotates the gateway token: a new value from {@link TokenGenerator} becomes the secret's current version
 * (Secrets Manager keeps the old one as {@code AWSPREVIOUS}), {@link TokenDelivery} brings it to the gateway, and
 * {@link TokenProof} shows from outside that the new token is accepted and the old one refused. Rollback puts the
 * previous version back as current and delivers and proves it the same way. Tokens stay {@link Secret}s: they go only
 * into {@code PutSecretValue} and the proof's {@code Authorization} header.
 */
public final class GatewayTokenRotation {
    static final String PREVIOUS = "AWSPREVIOUS";

    private final SecretsManagerClient secretsManager;
    private final TokenDelivery delivery;
    private final TokenProof proof;

    public GatewayTokenRotation(SecretsManagerClient secretsManager, TokenDelivery delivery, TokenProof proof) {
        this.secretsManager = secretsManager;
        this.delivery = delivery;
        this.proof = proof;
    }

    /**
     * @param secretName      the blueprint's gateway token secret
     * @param rollbackCommand the command that undoes this rotation, shown when the proof fails
     */
    public RotationResult rotate(String secretName, String rollbackCommand) throws InterruptedException {
        Secret old = read(secretName, null);
        Secret fresh = TokenGenerator.generate();
        try {
            put(secretName, fresh);
            delivery.deliverCurrent();
            return judge(proof.prove(fresh, old), "The new gateway token is accepted and the old one refused.",
                    "Roll back to the previous token with: " + rollbackCommand);
        } finally {
            old.destroy();
            fresh.destroy();
        }
    }

    /** Makes the previous version current again, delivers it and proves it (the failed token must be refused). */
    public RotationResult rollback(String secretName) throws InterruptedException {
        Secret failed = read(secretName, null);
        Secret previous = read(secretName, PREVIOUS);
        try {
            put(secretName, previous);
            delivery.deliverCurrent();
            return judge(proof.prove(previous, failed), "The previous gateway token is back: accepted, and the"
                    + " rotated-away one refused.", "The rollback did not take either; check the gateway's service"
                    + " and logs on the host.");
        } finally {
            failed.destroy();
            previous.destroy();
        }
    }

    private static RotationResult judge(ProbeOutcome outcome, String proven, String otherwise) {
        if (outcome instanceof ProbeOutcome.Checked checked) {
            return checked.findings().isEmpty()
                    ? new RotationResult(RotationResult.Outcome.PROVEN, checked.findings(), proven)
                    : new RotationResult(RotationResult.Outcome.FAILED, checked.findings(), otherwise);
        }
        ProbeOutcome.Unreachable unreachable = (ProbeOutcome.Unreachable) outcome;
        return new RotationResult(RotationResult.Outcome.NOT_PROVEN, java.util.List.of(),
                "Could not prove the rotation: " + unreachable.reason() + ". " + otherwise);
    }

    private Secret read(String secretName, String stage) {
        try {
            return Secret.of(secretsManager.getSecretValue(b -> b.secretId(secretName).versionStage(stage))
                    .secretString());
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "reading " + (stage == null ? "" : stage + " of ") + "secret " + secretName);
        }
    }

    private void put(String secretName, Secret value) {
        try {
            secretsManager.putSecretValue(b -> b.secretId(secretName).secretString(value.reveal()));
        } catch (SdkException e) {
            // The SDK's message never carries the request body, so translating it cannot leak the value.
            throw AwsErrors.translate(e, "storing the new gateway token in secret " + secretName);
        }
    }
}
