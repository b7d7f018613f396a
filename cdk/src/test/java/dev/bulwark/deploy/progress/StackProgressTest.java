package dev.bulwark.deploy.progress;

import dev.bulwark.deploy.Console;
import dev.bulwark.deploy.RecordingConsole;
import dev.bulwark.deploy.Sleeper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksResponse;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seam test of following stack events against the CloudFormation control plane, which has no real counterpart on
 * this machine: a scripted client answers each poll with the next stack status and the events so far.
 */
class StackProgressTest {
    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    /** Polls: each entry is (stack status, events newest first). */
    private static final class ScriptedCloudFormation implements CloudFormationClient {
        final Deque<String> statuses = new ArrayDeque<>();
        final Deque<List<StackEvent>> eventPages = new ArrayDeque<>();
        int polls;

        @Override
        public DescribeStackEventsResponse describeStackEvents(DescribeStackEventsRequest request) {
            List<StackEvent> page = eventPages.size() > 1 ? eventPages.poll() : eventPages.peek();
            return DescribeStackEventsResponse.builder().stackEvents(page).build();
        }

        @Override
        public DescribeStacksResponse describeStacks(DescribeStacksRequest request) {
            polls++;
            String status = statuses.size() > 1 ? statuses.poll() : statuses.peek();
            return DescribeStacksResponse.builder().stacks(Stack.builder().stackName("s").stackStatus(status)
                    .build()).build();
        }

        @Override
        public String serviceName() {
            return "cloudformation";
        }

        @Override
        public void close() {
        }
    }

    private static StackEvent event(String id, String logicalId, String status, String reason) {
        return StackEvent.builder().eventId(id).logicalResourceId(logicalId).resourceType("AWS::Lightsail::Instance")
                .resourceStatus(status).resourceStatusReason(reason).timestamp(T0).build();
    }

    private static Console console(List<String> lines, boolean interactive) {
        return new RecordingConsole(lines, interactive);
    }

    @ParameterizedTest(name = "interactive={0}")
    @CsvSource(delimiter = '|', value = {
        "true  |   [00:00] Host                             CREATE_COMPLETE            AWS::Lightsail::Instance",
        "false | 2030-01-01T00:00:00Z CREATE_COMPLETE Host AWS::Lightsail::Instance",
    })
    void follow_terminalOrCi_resourceLineFormat(boolean interactive, String expected) {
        ScriptedCloudFormation cloudFormation = new ScriptedCloudFormation();
        cloudFormation.statuses.add("CREATE_COMPLETE");
        cloudFormation.eventPages.add(List.of(event("2", "Host", "CREATE_COMPLETE", null), event("1", "Old",
                "UPDATE_COMPLETE", null)));
        List<String> lines = new ArrayList<>();

        new StackProgress(cloudFormation, console(lines, interactive), Clock.fixed(T0, ZoneOffset.UTC), Sleeper.none(),
                Duration.ofSeconds(5)).follow("s", Optional.of("1"), Duration.ofMinutes(1));

        assertEquals(List.of(expected.strip()), lines.stream().map(String::strip).toList()); // CsvSource trims
    }

    @Test
    void follow_eventsArriveOverPolls_eachPrintedOnceInOrder() {
        ScriptedCloudFormation cloudFormation = new ScriptedCloudFormation();
        cloudFormation.statuses.addAll(List.of("UPDATE_IN_PROGRESS", "UPDATE_IN_PROGRESS", "UPDATE_COMPLETE"));
        StackEvent a = event("a", "Host", "UPDATE_IN_PROGRESS", null);
        StackEvent b = event("b", "Host", "UPDATE_COMPLETE", null);
        cloudFormation.eventPages.addAll(List.of(List.of(a), List.of(b, a), List.of(b, a)));
        List<String> lines = new ArrayList<>();

        StackOutcome outcome = new StackProgress(cloudFormation, console(lines, false), Clock.fixed(T0, ZoneOffset.UTC),
                Sleeper.none(), Duration.ofSeconds(5)).follow("s", Optional.empty(), Duration.ofMinutes(1));

        assertTrue(outcome.succeeded());
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("UPDATE_IN_PROGRESS") && lines.get(1).contains("UPDATE_COMPLETE"));
    }

    @Test
    void follow_updateRolledBack_reportsFirstFailureAndRollback() {
        ScriptedCloudFormation cloudFormation = new ScriptedCloudFormation();
        cloudFormation.statuses.add("UPDATE_ROLLBACK_COMPLETE");
        cloudFormation.eventPages.add(List.of(event("3", "Edge", "UPDATE_FAILED", "Resource update cancelled"),
                event("2", "Host", "UPDATE_FAILED", "Invalid bundle"), event("1", "Host", "UPDATE_IN_PROGRESS", null)));

        StackOutcome outcome = new StackProgress(cloudFormation, console(new ArrayList<>(), false),
                Clock.fixed(T0, ZoneOffset.UTC), Sleeper.none(), Duration.ofSeconds(5))
                .follow("s", Optional.empty(), Duration.ofMinutes(1));

        assertFalse(outcome.succeeded());
        String message = outcome.failureMessage("s");
        assertTrue(message.contains("Host (AWS::Lightsail::Instance): Invalid bundle"), message);
        assertTrue(message.contains("the rollback completed"), message);
    }

    @Test
    void follow_deadlinePassed_environmentErrorSaysItGoesOn() {
        ScriptedCloudFormation cloudFormation = new ScriptedCloudFormation();
        cloudFormation.statuses.add("CREATE_IN_PROGRESS");
        cloudFormation.eventPages.add(List.of());
        Instant[] now = {T0};
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        Sleeper advance = d -> now[0] = now[0].plus(d);

        dev.bulwark.deploy.DeployException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.bulwark.deploy.DeployException.class, () -> new StackProgress(cloudFormation,
                        console(new ArrayList<>(), false), clock, advance, Duration.ofMinutes(1))
                        .follow("s", Optional.empty(), Duration.ofMinutes(5)));

        assertTrue(e.getMessage().contains("still CREATE_IN_PROGRESS after 5 min"), e.getMessage());
        assertEquals(6, cloudFormation.polls, "polled at 0..5 min, then gave up at the deadline");
    }
}
