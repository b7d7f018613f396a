package dev.bulwark.deploy.status;

import dev.bulwark.deploy.aws.AwsClients;
import dev.bulwark.deploy.changeset.ChangeSets;
import dev.bulwark.deploy.state.DeployState;
import dev.bulwark.deploy.state.DeployStateFile;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.services.cloudformation.model.Stack;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * What {@code bulwark status} starts from in both modes: the stack as CloudFormation describes it (empty when it is
 * not deployed) and the deploy state this machine recorded.
 */
public record StatusSources(String stackName, Optional<Stack> stack, Optional<DeployState> state) {

    /** Reads, never changes, stack {@code stackName} and the state file of blueprint {@code blueprintName}. */
    public static StatusSources read(AwsClients aws, Clock clock, String stackName, Path stateRoot,
                                     String blueprintName) {
        Optional<DeployState> state = DeployStateFile.forBlueprint(stateRoot, blueprintName).read();
        Optional<Stack> stack = new ChangeSets(aws.cloudFormation(), WaiterOverrideConfiguration.builder().build(),
                clock).describe(stackName);
        return new StatusSources(stackName, stack, state);
    }

    public LocalRecord local() {
        return LocalRecord.of(state);
    }
}
