package dev.bulwark.deploy.progress;

import dev.bulwark.deploy.Console;
import dev.bulwark.deploy.DeployException;
import dev.bulwark.deploy.Sleeper;
import dev.bulwark.deploy.aws.AwsErrors;
import dev.bulwark.deploy.changeset.StackStatuses;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.ResourceStatus;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Follows a stack operation to its end by polling {@code DescribeStackEvents}, printing each new resource event as
 * it arrives: aligned resource lines with elapsed time on a terminal, timestamped plain lines in CI. A deadline on
 * the injected clock bounds the wait.
 */
public final class StackProgress {
    private static final Set<ResourceStatus> FAILED = EnumSet.of(ResourceStatus.CREATE_FAILED,
            ResourceStatus.UPDATE_FAILED, ResourceStatus.DELETE_FAILED, ResourceStatus.IMPORT_FAILED,
            ResourceStatus.IMPORT_ROLLBACK_FAILED, ResourceStatus.ROLLBACK_FAILED, ResourceStatus.UPDATE_ROLLBACK_FAILED);

    private final CloudFormationClient cloudFormation;
    private final Console console;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration interval;

    public StackProgress(CloudFormationClient cloudFormation, Console console, Clock clock, Sleeper sleeper,
                         Duration interval) {
        this.cloudFormation = cloudFormation;
        this.console = console;
        this.clock = clock;
        this.sleeper = sleeper;
        this.interval = interval;
    }

    /**
     * The id of the stack's newest event, taken just before an operation starts so that {@link #follow} shows
     * only that operation's events (by id, so a skewed local clock cannot hide or repeat any); empty for a
     * stack without events.
     */
    public Optional<String> newestEventId(String stackName) {
        try {
            return cloudFormation.describeStackEvents(b -> b.stackName(stackName)).stackEvents().stream()
                    .findFirst().map(StackEvent::eventId);
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "reading the events of stack " + stackName);
        }
    }

    /**
     * @param stackName the stack's name, or its id once it may be deleted
     * @param stopAt    the newest event before the operation ({@link #newestEventId}); older ones are not shown
     * @param timeout   give up waiting (the operation goes on in AWS) after this long
     */
    public StackOutcome follow(String stackName, Optional<String> stopAt, Duration timeout) {
        Instant start = clock.instant();
        Instant deadline = start.plus(timeout);
        Set<String> seen = new HashSet<>();
        Optional<String> firstFailure = Optional.empty();
        while (true) {
            for (StackEvent event : newEvents(stackName, stopAt, seen)) {
                console.line(render(event, start));
                if (firstFailure.isEmpty() && isFailure(event)) {
                    firstFailure = Optional.of(event.logicalResourceId() + " (" + event.resourceType() + "): "
                            + event.resourceStatusReason());
                }
            }
            Stack stack = stack(stackName);
            String status = stack.stackStatusAsString();
            if (!StackStatuses.inProgress(stack.stackStatus())) {
                boolean ok = StackStatuses.succeeded(stack.stackStatus());
                Optional<String> reason = firstFailure.or(() -> Optional.ofNullable(stack.stackStatusReason()));
                return new StackOutcome(stack.stackStatus(), ok, ok ? Optional.empty() : reason);
            }
            if (!clock.instant().isBefore(deadline)) {
                throw DeployException.environment("stack " + stackName + " is still " + status + " after "
                        + timeout.toMinutes() + " min; it goes on in AWS: run `bulwark status` and deploy again later"
                        + " to resume");
            }
            sleeper.sleep(interval);
        }
    }

    private List<StackEvent> newEvents(String stackName, Optional<String> stopAt, Set<String> seen) {
        List<StackEvent> fresh = new ArrayList<>();
        try {
            // Newest first; one page is enough between two polls of a stack this size.
            for (StackEvent event : cloudFormation.describeStackEvents(b -> b.stackName(stackName)).stackEvents()) {
                if (stopAt.isPresent() && stopAt.get().equals(event.eventId())) {
                    break;
                }
                if (seen.add(event.eventId())) {
                    fresh.add(0, event);
                }
            }
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "reading the events of stack " + stackName);
        }
        return fresh;
    }

    private Stack stack(String stackName) {
        try {
            return cloudFormation.describeStacks(b -> b.stackName(stackName)).stacks().get(0);
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "describing stack " + stackName);
        }
    }

    private static boolean isFailure(StackEvent event) {
        return FAILED.contains(event.resourceStatus()) && event.resourceStatusReason() != null
                && !event.resourceStatusReason().contains("Resource creation cancelled");
    }

    private String render(StackEvent event, Instant start) {
        String reason = event.resourceStatusReason() == null ? "" : "  " + event.resourceStatusReason();
        if (console.interactive()) {
            long seconds = Math.max(0, Duration.between(start, clock.instant()).toSeconds());
            return String.format("  [%02d:%02d] %-32s %-26s %s%s", seconds / 60, seconds % 60,
                    event.logicalResourceId(), event.resourceStatusAsString(), event.resourceType(), reason);
        }
        return event.timestamp() + " " + event.resourceStatusAsString() + " " + event.logicalResourceId() + " "
                + event.resourceType() + reason;
    }
}
