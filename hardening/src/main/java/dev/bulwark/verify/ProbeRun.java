package dev.bulwark.verify;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * One probe on one target: runs it on a pool thread, times it, and turns however it ended (outcome, exception,
 * cancellation at the deadline) into a {@link ProbeResult}.
 */
final class ProbeRun implements Callable<ProbeOutcome> {
    private final Probe probe;
    private final VerifyTarget target;
    private final ProbeContext context;
    private final Duration timeout;
    private volatile long startNanos = -1;
    private volatile long endNanos = -1;
    private List<String> ruleIds = List.of();
    private ProbeResult result;

    ProbeRun(Probe probe, VerifyTarget target, ProbeContext context, Duration timeout) {
        this.probe = probe;
        this.target = target;
        this.context = context;
        this.timeout = timeout;
    }

    /** Asks the probe whether it applies; a probe that throws here applies, and has already failed. */
    boolean applies() {
        try {
            ruleIds = probe.rules().stream().map(RuleInfo::id).sorted().toList();
            return probe.appliesTo(target);
        } catch (RuntimeException e) {
            result = internalError(e, Duration.ZERO);
            return true;
        }
    }

    boolean needsScheduling() {
        return result == null;
    }

    @Override
    public ProbeOutcome call() throws InterruptedException {
        startNanos = System.nanoTime();
        try {
            return probe.run(target, context);
        } finally {
            endNanos = System.nanoTime();
        }
    }

    /** Records how the scheduled run ended; {@code future} is done (finished or cancelled). */
    void complete(Future<ProbeOutcome> future) {
        long end = endNanos >= 0 ? endNanos : System.nanoTime();
        Duration took = startNanos < 0 ? Duration.ZERO : Duration.ofNanos(end - startNanos);
        try {
            result = fromOutcome(future.get(), took);
        } catch (CancellationException e) {
            String reason = startNanos < 0
                    ? "not started before the run's timeout of " + Durations.human(timeout) + " ran out; raise "
                            + "--timeout or verify fewer targets at once"
                    : "timed out after " + Durations.human(took) + " (the run's --timeout is "
                            + Durations.human(timeout) + ")";
            result = ProbeResult.notChecked(probe.id(), ProbeResult.Status.TIMED_OUT, ruleIds, reason, took);
        } catch (ExecutionException e) {
            result = internalError(e.getCause(), took);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result = ProbeResult.notChecked(probe.id(), ProbeResult.Status.TIMED_OUT, ruleIds,
                    "interrupted before it finished", took);
        }
    }

    ProbeResult result() {
        if (result == null) {
            throw new IllegalStateException("probe " + probe.id() + " has not completed");
        }
        return result;
    }

    /** Wall time from the first of {@code runs} starting to the last ending. */
    static Duration span(List<ProbeRun> runs) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (ProbeRun run : runs) {
            if (run.startNanos >= 0) {
                first = Math.min(first, run.startNanos);
                last = Math.max(last, run.startNanos + run.result().duration().toNanos());
            }
        }
        return first == Long.MAX_VALUE ? Duration.ZERO : Duration.ofNanos(last - first);
    }

    private ProbeResult fromOutcome(ProbeOutcome outcome, Duration took) {
        if (outcome instanceof ProbeOutcome.Checked checked) {
            Set<String> evaluated = new LinkedHashSet<>(checked.rulesChecked());
            checked.findings().stream().map(Finding::ruleId).forEach(evaluated::add);
            return ProbeResult.checked(probe.id(), ruleIds, evaluated.stream().sorted().toList(),
                    checked.findings(), took);
        }
        if (outcome instanceof ProbeOutcome.Unreachable unreachable && unreachable.failure().isPresent()) {
            return ProbeResult.unreachable(probe.id(), ruleIds, unreachable.failure().get(), took);
        }
        if (outcome instanceof ProbeOutcome.Unreachable unreachable) {
            return ProbeResult.notChecked(probe.id(), ProbeResult.Status.UNREACHABLE, ruleIds,
                    unreachable.reason(), took);
        }
        return ProbeResult.notChecked(probe.id(), ProbeResult.Status.INTERNAL_ERROR, ruleIds,
                "internal error: the probe returned no outcome", took);
    }

    private ProbeResult internalError(Throwable e, Duration took) {
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return ProbeResult.notChecked(probe.id(), ProbeResult.Status.INTERNAL_ERROR, ruleIds,
                "internal error: " + what, took);
    }
}
