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
 */
public record DeployState(String stackName, DeployPhase phase, Instant updated, Optional<Integer> lastVerifyExit) {
    public DeployState {
        lastVerifyExit = lastVerifyExit == null ? Optional.empty() : lastVerifyExit;
    }

    public DeployState at(DeployPhase next, Instant when) {
        return new DeployState(stackName, next, when, lastVerifyExit);
    }

    public DeployState verified(int exitCode, Instant when) {
        return new DeployState(stackName, DeployPhase.VERIFIED, when, Optional.of(exitCode));
    }
}
