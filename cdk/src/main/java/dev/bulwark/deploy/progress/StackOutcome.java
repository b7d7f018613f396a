package dev.bulwark.deploy.progress;

import java.util.Optional;

/**
 * How a stack operation ended.
 *
 * @param finalStatus   e.g. {@code CREATE_COMPLETE}, {@code UPDATE_ROLLBACK_COMPLETE}
 * @param succeeded     whether the requested change is in place
 * @param failure       the first failing resource and its reason, when it failed
 */
public record StackOutcome(String finalStatus, boolean succeeded, Optional<String> failure) {

    /** One sentence for a failed operation: what failed, why, and how the rollback ended. */
    public String failureMessage(String stackName) {
        String rollback = finalStatus.endsWith("ROLLBACK_COMPLETE") ? "the rollback completed, nothing half-made remains"
                : finalStatus.endsWith("ROLLBACK_FAILED") || finalStatus.endsWith("_FAILED")
                ? "the rollback FAILED: inspect the stack in the CloudFormation console before deploying again"
                : "the stack ended " + finalStatus;
        return "stack " + stackName + " failed (" + finalStatus + "): " + failure.orElse("no resource reported a reason")
                + "; " + rollback;
    }
}
