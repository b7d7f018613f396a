package dev.bulwark.deploy.changeset;

import software.amazon.awssdk.services.cloudformation.model.StackStatus;

import java.util.EnumSet;
import java.util.Set;

/** What a {@link StackStatus} means for deploy: still moving, or settled with the requested change in place. */
public final class StackStatuses {
    private static final Set<StackStatus> SUCCEEDED = EnumSet.of(StackStatus.CREATE_COMPLETE,
            StackStatus.UPDATE_COMPLETE, StackStatus.DELETE_COMPLETE, StackStatus.IMPORT_COMPLETE);

    private StackStatuses() {
    }

    /** An operation is still running (an unknown status from a newer API counts as running, never as settled). */
    public static boolean inProgress(StackStatus status) {
        return status == null || status == StackStatus.UNKNOWN_TO_SDK_VERSION || status.toString().endsWith("_IN_PROGRESS");
    }

    /** Settled with the requested change in place. */
    public static boolean succeeded(StackStatus status) {
        return SUCCEEDED.contains(status);
    }
}
