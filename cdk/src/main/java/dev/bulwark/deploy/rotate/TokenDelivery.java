package dev.bulwark.deploy.rotate;

/**
 * Brings the secret's current value to the running gateway the way deploy does for the mode, and restarts it so it
 * reads it: instance mode through {@code HostSecretDelivery} (just-in-time SSH window, systemd credential, restart),
 * container mode through a new deployment that reads the secret.
 */
@FunctionalInterface
public interface TokenDelivery {
    void deliverCurrent();
}
