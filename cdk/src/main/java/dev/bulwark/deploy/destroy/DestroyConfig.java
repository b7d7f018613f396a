package dev.bulwark.deploy.destroy;

import java.nio.file.Path;
import java.time.Duration;

/**
 * One destroy's choices.
 *
 * @param autoApprove        skip the type-the-name confirmation ({@code --yes})
 * @param snapshot           take a final instance snapshot before deleting ({@code --no-snapshot} turns it off)
 * @param recoveryWindowDays how long deleted provider key secrets stay recoverable (7-30)
 * @param stateRoot          under which the deploy state file lives
 * @param timeout            bound for the snapshot and for the stack deletion, each
 * @param forceDeleteSecrets delete the provider key secrets at once, without a recovery window, so that the same
 *                           blueprint can be deployed again right away ({@code --force-delete-secrets})
 */
public record DestroyConfig(boolean autoApprove, boolean snapshot, int recoveryWindowDays, Path stateRoot,
                            Duration timeout, boolean forceDeleteSecrets) {
    public DestroyConfig(boolean autoApprove, boolean snapshot, int recoveryWindowDays, Path stateRoot,
                         Duration timeout) {
        this(autoApprove, snapshot, recoveryWindowDays, stateRoot, timeout, false);
    }
}
