package dev.bulwark.cli.aws;

import dev.bulwark.cli.run.WaitingFor;
import software.amazon.awssdk.awscore.AwsExecutionAttribute;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The AWS calls in flight, for "waiting for Lightsail GetInstance in us-east-1 (3 s)...": an SDK interceptor
 * that notes each call's service, operation and region when it starts and forgets it when it ends.
 */
public final class AwsCallWatch implements ExecutionInterceptor, WaitingFor {
    private static final ExecutionAttribute<Call> CALL = new ExecutionAttribute<>("bulwark.call");

    private final Set<Call> inFlight = ConcurrentHashMap.newKeySet();

    private record Call(String what, long startNanos) {
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        Object region = attributes.getAttribute(AwsExecutionAttribute.AWS_REGION);
        Call call = new Call(displayName(service) + " " + operation + (region == null ? "" : " in " + region), System.nanoTime());
        attributes.putAttribute(CALL, call);
        inFlight.add(call);
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        forget(attributes);
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        forget(attributes);
    }

    /** The SDK's service name as AWS writes it: {@code Sts} is STS; Lightsail, CloudFormation stay. */
    static String displayName(String service) {
        return service != null && service.length() <= 3 ? service.toUpperCase(java.util.Locale.ROOT) : service;
    }

    private void forget(ExecutionAttributes attributes) {
        Call call = attributes.getAttribute(CALL);
        if (call != null) {
            inFlight.remove(call);
        }
    }

    /** The longest-running call, once it has run at least {@code atLeast}. */
    @Override
    public Optional<Wait> longerThan(Duration atLeast) {
        long now = System.nanoTime();
        return inFlight.stream().min(Comparator.comparingLong(Call::startNanos))
                .map(c -> new Wait(c.what(), Duration.ofNanos(now - c.startNanos())))
                .filter(w -> w.sofar().compareTo(atLeast) >= 0);
    }
}
