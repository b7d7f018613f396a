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
 */
public record DestroyConfig(boolean autoApprove, boolean snapshot, int recoveryWindowDays, Path stateRoot,
                            Duration timeout) {
}
