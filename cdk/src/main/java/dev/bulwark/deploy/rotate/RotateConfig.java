package dev.bulwark.deploy.rotate;

import dev.bulwark.secret.Secret;

import java.time.Duration;
import java.util.Optional;

/**
 * One {@code bulwark rotate} run's choices, parsed from the command line.
 *
 * @param providerKey     the provider whose key is replaced; empty rotates the gateway token
 * @param providerValue   the new provider key (read from a file readable only by its owner); empty on rollback
 * @param rollback        make {@code AWSPREVIOUS} current again and deliver it, instead of a new value
 * @param autoApprove     {@code --yes}: change without asking (required when nobody is at a terminal)
 * @param sshFrom         instance mode: the one IPv4 address the just-in-time SSH window opens to
 * @param timeout         bound for each wait: the new container deployment, and the gateway answering again
 * @param rollbackCommand the exact command that undoes this run, shown when the proof fails
 */
public record RotateConfig(Optional<String> providerKey, Optional<Secret> providerValue, boolean rollback,
                           boolean autoApprove, Optional<String> sshFrom, Duration timeout, String rollbackCommand) {

    public String what() {
        return providerKey.map(p -> "the " + p + " key").orElse("the gateway token");
    }
}
