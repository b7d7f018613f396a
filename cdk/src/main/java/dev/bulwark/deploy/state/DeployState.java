package dev.bulwark.deploy.state;

import java.time.Instant;
import java.util.Optional;

/**
 * What the local state file remembers about one deployment: the phase reached, when, and the last verify exit
 * code. Never a secret: only names, phases and times.
 *
 * @param stackName      the CloudFormation stack
 * @param phase          the last phase finished
 * @param updated        when it was reached
 * @param lastVerifyExit the last verify run's exit code, if any
 * @param delivered      whether the credentials reached the host (phases after it may run without it)
 */
public record DeployState(String stackName, DeployPhase phase, Instant updated, Optional<Integer> lastVerifyExit,
                          boolean delivered) {
    public DeployState {
        lastVerifyExit = lastVerifyExit == null ? Optional.empty() : lastVerifyExit;
    }

    public DeployState(String stackName, DeployPhase phase, Instant updated, Optional<Integer> lastVerifyExit) {
        this(stackName, phase, updated, lastVerifyExit, false);
    }

    public DeployState at(DeployPhase next, Instant when) {
        return new DeployState(stackName, next, when, lastVerifyExit, delivered || next == DeployPhase.SECRETS_DELIVERED);
    }

    public DeployState verified(int exitCode, Instant when) {
        return new DeployState(stackName, DeployPhase.VERIFIED, when, Optional.of(exitCode), delivered);
    }
}
