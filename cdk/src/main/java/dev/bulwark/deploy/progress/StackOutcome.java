package dev.bulwark.deploy.progress;

import software.amazon.awssdk.services.cloudformation.model.StackStatus;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * How a stack operation ended.
 *
 * @param finalStatus   e.g. {@code CREATE_COMPLETE}, {@code UPDATE_ROLLBACK_COMPLETE}
 * @param succeeded     whether the requested change is in place
 * @param failure       the first failing resource and its reason, when it failed
 */
public record StackOutcome(StackStatus finalStatus, boolean succeeded, Optional<String> failure) {
    private static final Set<StackStatus> ROLLED_BACK = EnumSet.of(StackStatus.ROLLBACK_COMPLETE,
            StackStatus.UPDATE_ROLLBACK_COMPLETE, StackStatus.IMPORT_ROLLBACK_COMPLETE);
    private static final Set<StackStatus> FAILED = EnumSet.of(StackStatus.ROLLBACK_FAILED,
            StackStatus.UPDATE_ROLLBACK_FAILED, StackStatus.IMPORT_ROLLBACK_FAILED, StackStatus.CREATE_FAILED,
            StackStatus.DELETE_FAILED, StackStatus.UPDATE_FAILED);


    /** One sentence for a failed operation: what failed, why, and how the rollback ended. */
    public String failureMessage(String stackName) {
        String rollback = ROLLED_BACK.contains(finalStatus) ? "the rollback completed, nothing half-made remains"
                : FAILED.contains(finalStatus)
                ? "the rollback FAILED: inspect the stack in the CloudFormation console before deploying again"
                : "the stack ended " + finalStatus;
        return "stack " + stackName + " failed (" + finalStatus + "): " + failure.orElse("no resource reported a reason")
                + "; " + rollback;
    }
}
