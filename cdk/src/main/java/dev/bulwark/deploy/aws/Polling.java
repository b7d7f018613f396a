package dev.bulwark.deploy.aws;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.waiters.Waiter;
import software.amazon.awssdk.core.waiters.WaiterAcceptor;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The SDK's {@link Waiter} for the Lightsail states no generated waiter covers (a certificate's validation, a
 * container deployment): poll until a state is reached or the timeout passes. The backoff (and, in tests, a bound
 * on attempts) is injected, so seam tests poll without pausing; production waits {@code interval} between polls.
 */
public final class Polling {
    private final WaiterOverrideConfiguration pacing;

    public Polling(WaiterOverrideConfiguration pacing) {
        this.pacing = pacing;
    }

    /** A fixed pause between polls and no bound but the timeout: what production uses. */
    public static Polling every(Duration interval) {
        return new Polling(WaiterOverrideConfiguration.builder()
                .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(interval)).build());
    }

    /**
     * Polls until {@code reached} holds for what {@code poll} returns.
     *
     * @return the state reached; empty when {@code timeout} (or the injected attempt bound) passed first
     * @throws RuntimeException what {@code poll} threw, as it threw it (e.g. a failed deployment)
     */
    public <T> Optional<T> until(Class<T> type, Supplier<T> poll, Predicate<T> reached, Duration timeout) {
        if (timeout.isZero() || timeout.isNegative()) { // no time to wait: one look (the SDK's waiter needs a positive timeout)
            T state = poll.get();
            return reached.test(state) ? Optional.of(state) : Optional.empty();
        }
        WaiterOverrideConfiguration configuration = pacing.toBuilder().waitTimeout(timeout)
                .maxAttempts(pacing.maxAttempts().orElse(Integer.MAX_VALUE)).build();
        Waiter<T> waiter = Waiter.builder(type).overrideConfiguration(configuration)
                .addAcceptor(WaiterAcceptor.successOnResponseAcceptor(reached))
                .addAcceptor(WaiterAcceptor.retryOnResponseAcceptor(state -> true))
                .build();
        try {
            return waiter.run(poll).matched().response();
        } catch (SdkClientException e) {
            if (e.getCause() instanceof RuntimeException thrownByPoll) {
                throw thrownByPoll;
            }
            return Optional.empty(); // the waiter's own "max wait time / attempts exceeded"
        }
    }
}
