package dev.bulwark.deploy.rotate;

import dev.bulwark.secret.Secret;
import dev.bulwark.verify.ProbeOutcome;

/** Waits until the gateway answers, then proves the tokens from outside (verify's token probe, in-process). */
@FunctionalInterface
public interface TokenProof {
    /**
     * @param current the token that must be accepted
     * @param stale   the token that must be refused
     */
    ProbeOutcome prove(Secret current, Secret stale) throws InterruptedException;
}
