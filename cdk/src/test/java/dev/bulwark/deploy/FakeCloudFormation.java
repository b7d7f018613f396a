package dev.bulwark.deploy;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetStatus;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DeleteChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.DeleteChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DeleteStackRequest;
import software.amazon.awssdk.services.cloudformation.model.DeleteStackResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksResponse;
import software.amazon.awssdk.services.cloudformation.model.ExecuteChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.ExecuteChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.ResourceChange;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seam test double of the CloudFormation control plane, which has no real counterpart on this machine: a scripted
 * stack that change sets create or update. Each executed change set ends in the next scripted outcome.
 */
final class FakeCloudFormation implements CloudFormationClient {
    /** What the next executed change set does to the stack; {@code events} in the order they happen. */
    record Outcome(String finalStatus, List<StackEvent> events, Map<String, String> outputs) {
    }

    static final String STACK_ID = "arn:aws:cloudformation:us-east-1:123456789012:stack/bulwark-openclaw-prod/1";
    final Deque<List<Change>> nextChanges = new ArrayDeque<>();
    final Deque<Outcome> nextOutcomes = new ArrayDeque<>();
    final List<String> calls = new ArrayList<>();
    final List<String> templates = new ArrayList<>();
    Stack stack;
    private final List<StackEvent> events = new ArrayList<>();
    private final Map<String, List<Change>> changeSets = new LinkedHashMap<>();
    private final Map<String, String> changeSetTemplates = new LinkedHashMap<>();
    /** Runs with the template of each executed change set, before its outcome: where a resource handler double acts. */
    java.util.function.Consumer<String> onExecute = template -> { };

    static ResourceChange.Builder change(String action, String logicalId, String type) {
        return ResourceChange.builder().action(action).logicalResourceId(logicalId).resourceType(type);
    }

    static Change of(ResourceChange.Builder change) {
        return Change.builder().type("Resource").resourceChange(change.build()).build();
    }

    static StackEvent event(String id, String logicalId, String status, String reason) {
        return StackEvent.builder().eventId(id).logicalResourceId(logicalId).resourceType("AWS::Lightsail::Instance")
                .resourceStatus(status).resourceStatusReason(reason).timestamp(Instant.parse("2030-01-01T00:00:00Z"))
                .build();
    }

    @Override
    public DescribeStacksResponse describeStacks(DescribeStacksRequest request) {
        calls.add("DescribeStacks");
        if (stack == null) {
            throw (CloudFormationException) CloudFormationException.builder().statusCode(400)
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("ValidationError")
                            .errorMessage("Stack with id " + request.stackName() + " does not exist").build())
                    .build();
        }
        return DescribeStacksResponse.builder().stacks(stack).build();
    }

    @Override
    public CreateChangeSetResponse createChangeSet(CreateChangeSetRequest request) {
        calls.add("CreateChangeSet " + request.changeSetTypeAsString());
        templates.add(request.templateBody());
        changeSets.put(request.changeSetName(), nextChanges.isEmpty() ? List.of() : nextChanges.poll());
        changeSetTemplates.put(request.changeSetName(), request.templateBody());
        if (stack == null) {
            stack = Stack.builder().stackName(request.stackName()).stackId(STACK_ID).stackStatus("REVIEW_IN_PROGRESS")
                    .build();
        }
        return CreateChangeSetResponse.builder().id(request.changeSetName()).build();
    }

    @Override
    public DescribeChangeSetResponse describeChangeSet(DescribeChangeSetRequest request) {
        List<Change> changes = changeSets.get(request.changeSetName());
        if (changes.isEmpty()) {
            return DescribeChangeSetResponse.builder().status(ChangeSetStatus.FAILED)
                    .statusReason("The submitted information didn't contain changes. Submit different information"
                            + " to create a change set.").build();
        }
        return DescribeChangeSetResponse.builder().status(ChangeSetStatus.CREATE_COMPLETE).changes(changes).build();
    }

    @Override
    public ExecuteChangeSetResponse executeChangeSet(ExecuteChangeSetRequest request) {
        calls.add("ExecuteChangeSet");
        onExecute.accept(changeSetTemplates.get(request.changeSetName()));
        Outcome outcome = nextOutcomes.poll();
        outcome.events().forEach(e -> events.add(0, e)); // DescribeStackEvents lists the newest first
        stack = stack.toBuilder().stackStatus(outcome.finalStatus())
                .outputs(outcome.outputs().entrySet().stream()
                        .map(e -> Output.builder().outputKey(e.getKey()).outputValue(e.getValue()).build()).toList())
                .build();
        return ExecuteChangeSetResponse.builder().build();
    }

    @Override
    public DescribeStackEventsResponse describeStackEvents(DescribeStackEventsRequest request) {
        return DescribeStackEventsResponse.builder().stackEvents(events).build();
    }

    @Override
    public DeleteChangeSetResponse deleteChangeSet(DeleteChangeSetRequest request) {
        calls.add("DeleteChangeSet");
        return DeleteChangeSetResponse.builder().build();
    }

    @Override
    public DeleteStackResponse deleteStack(DeleteStackRequest request) {
        calls.add("DeleteStack");
        if (stack != null && "REVIEW_IN_PROGRESS".equals(stack.stackStatusAsString())) {
            stack = null;
        } else if (stack != null) {
            events.add(0, event("d1", "HostInstance", "DELETE_COMPLETE", null));
            stack = stack.toBuilder().stackStatus("DELETE_COMPLETE").build();
        }
        return DeleteStackResponse.builder().build();
    }

    @Override
    public software.amazon.awssdk.services.cloudformation.model.DescribeStackResourcesResponse describeStackResources(
            software.amazon.awssdk.services.cloudformation.model.DescribeStackResourcesRequest request) {
        return software.amazon.awssdk.services.cloudformation.model.DescribeStackResourcesResponse.builder()
                .stackResources(software.amazon.awssdk.services.cloudformation.model.StackResource.builder()
                        .logicalResourceId("HostInstance").resourceType("AWS::Lightsail::Instance")
                        .resourceStatus("CREATE_COMPLETE").build()).build();
    }

    @Override
    public String serviceName() {
        return "cloudformation";
    }

    @Override
    public void close() {
    }
}
