package dev.bulwark.deploy.hostsecrets;

import dev.bulwark.secret.Secret;

import java.util.Map;

/** Puts credentials on the host where the gateway's systemd unit reads them, then restarts the unit. */
@FunctionalInterface
public interface CredentialDelivery {
    /**
     * @param credentials credential name (e.g. {@code ANTHROPIC_API_KEY}) to value
     */
    void deliver(SshTarget target, Map<String, Secret> credentials);
}
