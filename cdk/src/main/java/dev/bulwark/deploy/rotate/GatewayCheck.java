package dev.bulwark.deploy.rotate;

import java.util.Optional;

/** The gateway seen from outside after a delivery: does it answer again, and does it take the right token. */
public interface GatewayCheck extends TokenProof {
    /** @return empty once the gateway answers its health check; why not, when it did not in time */
    Optional<String> awaitReady() throws InterruptedException;
}
