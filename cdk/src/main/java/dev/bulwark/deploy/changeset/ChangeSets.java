package dev.bulwark.deploy.changeset;

import dev.bulwark.deploy.DeployException;
import dev.bulwark.deploy.aws.AwsErrors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetStatus;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksResponse;
import software.amazon.awssdk.services.cloudformation.model.ResourceAttribute;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;
import software.amazon.awssdk.services.cloudformation.model.Tag;
import software.amazon.awssdk.services.cloudformation.waiters.CloudFormationWaiter;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creates, describes, executes and discards CloudFormation change sets, so every stack change is shown before it
 * is made and an unchanged template is a no-op.
 */
public final class ChangeSets {
    /** CloudFormation's limit for an inline template body; larger ones would need an S3 upload. */
    static final int MAX_TEMPLATE_BODY_BYTES = 51_200;

    private final CloudFormationClient cloudFormation;
    private final WaiterOverrideConfiguration waiting;
    private final Clock clock;

    public ChangeSets(CloudFormationClient cloudFormation, WaiterOverrideConfiguration waiting, Clock clock) {
        this.cloudFormation = cloudFormation;
        this.waiting = waiting;
        this.clock = clock;
    }

    /** The stack as it is, or empty if it does not exist (or only as a deleted or never-created REVIEW stub). */
    public Optional<Stack> describe(String stackName) {
        try {
            DescribeStacksResponse response = cloudFormation.describeStacks(b -> b.stackName(stackName));
            return response.stacks().stream().findFirst();
        } catch (CloudFormationException e) {
            if (e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null
                    && e.awsErrorDetails().errorMessage().contains("does not exist")) {
                return Optional.empty();
            }
            throw AwsErrors.translate(e, "describing stack " + stackName);
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "describing stack " + stackName);
        }
    }

    /**
     * Creates a change set for {@code templateBody} and waits until CloudFormation has computed it.
     *
     * @param tags stack tags (the blueprint's, for cost allocation)
     */
    public PreparedChangeSet prepare(String stackName, String templateBody, Map<String, String> tags) {
        if (templateBody.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_TEMPLATE_BODY_BYTES) {
            throw DeployException.environment("the synthesized template of " + stackName + " is larger than"
                    + " CloudFormation's inline limit of 51,200 bytes; report this, bulwark does not upload to S3 yet");
        }
        Optional<Stack> existing = describe(stackName);
        boolean create = existing.isEmpty() || existing.get().stackStatus() == StackStatus.REVIEW_IN_PROGRESS;
        existing.ifPresent(stack -> requireUpdatable(stack));
        String name = "bulwark-" + clock.instant().getEpochSecond();
        List<Tag> stackTags = tags.entrySet().stream()
                .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList();
        try {
            cloudFormation.createChangeSet(b -> b.stackName(stackName).changeSetName(name)
                    .changeSetType(create ? ChangeSetType.CREATE : ChangeSetType.UPDATE)
                    .templateBody(templateBody).tags(stackTags)
                    .capabilities(Capability.CAPABILITY_IAM, Capability.CAPABILITY_NAMED_IAM)
                    .description("bulwark deploy"));
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "creating a change set for " + stackName);
        }
        DescribeChangeSetResponse described = waitComputed(stackName, name);
        return new PreparedChangeSet(stackName, name, create, toDiff(described));
    }

    /** Starts executing a change set; follow it with the progress poller. */
    public void execute(PreparedChangeSet changeSet) {
        try {
            cloudFormation.executeChangeSet(b -> b.stackName(changeSet.stackName()).changeSetName(changeSet.name()));
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "executing change set " + changeSet.name());
        }
    }

    /**
     * Deletes a change set nobody will execute (empty, or declined). For a CREATE change set on a new stack this
     * also removes the REVIEW_IN_PROGRESS stub stack, so nothing is left behind.
     */
    public void discard(PreparedChangeSet changeSet) {
        try {
            cloudFormation.deleteChangeSet(b -> b.stackName(changeSet.stackName()).changeSetName(changeSet.name()));
            if (changeSet.create()) {
                cloudFormation.deleteStack(b -> b.stackName(changeSet.stackName()));
            }
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "deleting change set " + changeSet.name());
        }
    }

    private void requireUpdatable(Stack stack) {
        String status = stack.stackStatusAsString();
        if (StackStatuses.inProgress(stack.stackStatus()) && stack.stackStatus() != StackStatus.REVIEW_IN_PROGRESS) {
            throw DeployException.environment("stack " + stack.stackName() + " is busy (" + status + "): wait until"
                    + " it settles (`bulwark status`), then run deploy again");
        }
        if (stack.stackStatus() == StackStatus.ROLLBACK_COMPLETE || stack.stackStatus() == StackStatus.ROLLBACK_FAILED
                || stack.stackStatus() == StackStatus.DELETE_FAILED) {
            throw DeployException.environment("stack " + stack.stackName() + " is " + status + " after a failed"
                    + " create and cannot be updated: run `bulwark destroy` for it, then deploy again");
        }
    }

    private DescribeChangeSetResponse waitComputed(String stackName, String name) {
        try (CloudFormationWaiter waiter = CloudFormationWaiter.builder().client(cloudFormation)
                .overrideConfiguration(waiting).build()) {
            waiter.waitUntilChangeSetCreateComplete(b -> b.stackName(stackName).changeSetName(name));
        } catch (SdkException e) {
            // A change set without changes ends FAILED; that is the no-op path, told apart below.
        }
        DescribeChangeSetResponse described = describeChangeSet(stackName, name);
        if (described.status() == ChangeSetStatus.CREATE_COMPLETE) {
            return described;
        }
        if (described.status() == ChangeSetStatus.FAILED && noChanges(described.statusReason())) {
            return described.toBuilder().changes(List.of()).build();
        }
        throw DeployException.environment("CloudFormation could not compute the change set for " + stackName + " ("
                + described.statusAsString() + ": " + described.statusReason() + "): fix the cause and deploy again");
    }

    private DescribeChangeSetResponse describeChangeSet(String stackName, String name) {
        try {
            List<software.amazon.awssdk.services.cloudformation.model.Change> changes = new ArrayList<>();
            String token = null;
            DescribeChangeSetResponse page;
            DescribeChangeSetResponse first = null;
            do {
                String next = token;
                page = cloudFormation.describeChangeSet(b -> b.stackName(stackName).changeSetName(name).nextToken(next));
                first = first == null ? page : first;
                changes.addAll(page.changes());
                token = page.nextToken();
            } while (token != null);
            return first.toBuilder().changes(changes).nextToken(null).build();
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "describing change set " + name);
        }
    }

    static boolean noChanges(String reason) {
        return reason != null && (reason.contains("didn't contain changes") || reason.contains("No updates"));
    }

    static ChangeSetDiff toDiff(DescribeChangeSetResponse described) {
        return new ChangeSetDiff(described.changes().stream()
                .filter(change -> change.resourceChange() != null)
                .map(change -> change.resourceChange())
                .map(rc -> new StackChange(rc.action(), rc.logicalResourceId(), rc.resourceType(),
                        Optional.ofNullable(rc.replacement()), rc.details().stream()
                        .map(detail -> detail.target())
                        .filter(target -> target != null && target.attribute() == ResourceAttribute.PROPERTIES
                                && target.name() != null)
                        .map(target -> target.name()).distinct().toList()))
                .toList());
    }
}
