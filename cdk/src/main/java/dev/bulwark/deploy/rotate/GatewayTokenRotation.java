package dev.bulwark.deploy.rotate;

import dev.bulwark.deploy.Console;
import dev.bulwark.secret.Secret;
import dev.bulwark.verify.ProbeOutcome;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Rotates the gateway token: a new value from {@link TokenGenerator} becomes the secret's current version
 * (Secrets Manager keeps the old one as {@code AWSPREVIOUS}), {@link TokenDelivery} brings it to the gateway, and
 * {@link TokenProof} shows from outside that the new token is accepted and the old one refused. Rollback puts the
 * previous version back as current and delivers and proves it the same way. Tokens stay {@link Secret}s: they go only
 * into {@code PutSecretValue} and the proof's {@code Authorization} header.
 */
public final class GatewayTokenRotation {
    static final String PREVIOUS = SecretVersions.PREVIOUS;

    private final SecretVersions versions;
    private final TokenDelivery delivery;
    private final TokenProof proof;
    private final Console console;

    public GatewayTokenRotation(SecretsManagerClient secretsManager, TokenDelivery delivery, TokenProof proof) {
        this(secretsManager, delivery, proof, Progress.SILENT);
    }

    /** @param console where the progress lines go ("creating a new version", "delivering", "proving") */
    public GatewayTokenRotation(SecretsManagerClient secretsManager, TokenDelivery delivery, TokenProof proof,
                                Console console) {
        this.versions = new SecretVersions(secretsManager);
        this.delivery = delivery;
        this.proof = proof;
        this.console = console;
    }

    /**
     * @param secretName      the blueprint's gateway token secret
     * @param rollbackCommand the command that undoes this rotation, shown when the proof fails
     */
    public RotationResult rotate(String secretName, String rollbackCommand) throws InterruptedException {
        Secret old = versions.current(secretName);
        Secret fresh = TokenGenerator.generate();
        try {
            console.line("Creating a new version of secret " + secretName + " (48 random bytes; the old one stays"
                    + " as " + PREVIOUS + ")...");
            versions.put(secretName, fresh, "the new gateway token");
            console.line("Delivering the new gateway token...");
            delivery.deliverCurrent();
            console.line("Waiting for the gateway to answer, then proving: the new token must be accepted and the old one refused (one request each)...");
            return judge(proof.prove(fresh, old), "The new gateway token is accepted and the old one refused.",
                    "Roll back to the previous token with: " + rollbackCommand);
        } finally {
            old.destroy();
            fresh.destroy();
        }
    }

    /** Makes the previous version current again, delivers it and proves it (the failed token must be refused). */
    public RotationResult rollback(String secretName) throws InterruptedException {
        Secret failed = versions.current(secretName);
        Secret previous = versions.previous(secretName);
        try {
            console.line("Making " + PREVIOUS + " of secret " + secretName + " current again...");
            versions.put(secretName, previous, "the previous gateway token");
            console.line("Delivering the previous gateway token...");
            delivery.deliverCurrent();
            console.line("Waiting for the gateway to answer, then proving: the previous token must be accepted and the rotated-away one refused...");
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
}
