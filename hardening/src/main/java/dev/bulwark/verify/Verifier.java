package dev.bulwark.verify;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.verify.waiver.Waivers;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs every applicable probe against every target on a bounded pool, within one overall timeout, and returns the
 * sorted report. A probe that overruns is cut off and reported as timed out; one that throws is reported as an
 * internal error; both count as "not checked" (exit 3), never as a pass.
 */
public final class Verifier {
    public static final String TOOL_NAME = "bulwark";
    /** Upper bound on probes running at once: enough for 100 targets on loopback, polite to a real network. */
    public static final int DEFAULT_MAX_CONCURRENCY = 32;

    private final List<Probe> probes;
    private final List<RuleInfo> rules;
    private final Duration timeout;
    private final Duration perCallTimeout;
    private final Optional<Path> caFile;
    private final Clock clock;
    private final Waivers waivers;
    private final int maxConcurrency;
    private final String toolVersion;

    private Verifier(Builder b) {
        this.probes = List.copyOf(b.probes);
        this.rules = ProbeCatalog.rules(probes);
        this.timeout = b.timeout;
        this.perCallTimeout = b.perCallTimeout;
        this.caFile = b.caFile;
        this.clock = b.clock;
        this.waivers = b.waivers;
        this.maxConcurrency = b.maxConcurrency;
        this.toolVersion = b.toolVersion;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Verifies {@code targets}; returns once every probe has finished or the timeout has cut the rest off. */
    public VerifyReport verify(List<TargetSpec> targets) throws InterruptedException {
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        ProbeContext context = new ProbeContext(Deadline.after(timeout), perCallTimeout, caFile, clock);

        List<List<ProbeRun>> runsByTarget = new ArrayList<>();
        List<ProbeRun> scheduled = new ArrayList<>();
        for (TargetSpec spec : targets) {
            List<ProbeRun> runs = new ArrayList<>();
            for (Probe probe : probes) {
                ProbeRun run = new ProbeRun(probe, spec.target(), context, timeout);
                if (run.applies()) {
                    runs.add(run);
                    if (run.needsScheduling()) {
                        scheduled.add(run);
                    }
                }
            }
            runsByTarget.add(runs);
        }
        execute(scheduled, startNanos);

        // Waivers are judged against the day the run started, as every renderer does.
        LocalDate today = LocalDate.ofInstant(started, ZoneOffset.UTC);
        List<TargetReport> reports = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            List<ProbeResult> results = runsByTarget.get(i).stream().map(ProbeRun::result).toList();
            reports.add(TargetReportAssembler.assemble(targets.get(i), results, waivers, today,
                    ProbeRun.span(runsByTarget.get(i))));
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        return new VerifyReport(TOOL_NAME, toolVersion, started, clock.instant(), elapsed, reports,
                waivers.expiredFindings(today), rules, waivers.all());
    }

    private void execute(List<ProbeRun> runs, long startNanos) throws InterruptedException {
        if (runs.isEmpty()) {
            return;
        }
        int threads = Math.max(1, Math.min(maxConcurrency, runs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            long left = timeout.toNanos() - (System.nanoTime() - startNanos);
            // invokeAll cancels (interrupts) whatever has not finished when the time is up.
            List<Future<ProbeOutcome>> futures = pool.invokeAll(runs, Math.max(0, left), TimeUnit.NANOSECONDS);
            for (int i = 0; i < runs.size(); i++) {
                runs.get(i).complete(futures.get(i));
            }
        } finally {
            // A probe blocked in non-interruptible I/O keeps its daemon thread until its own socket timeout,
            // which the deadline caps; the run does not wait for it.
            pool.shutdownNow();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "bulwark-probe-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Settings for a {@link Verifier}; only the probes are required. The report's are inherited. */
    public static final class Builder extends ReportSettingsBuilder<Builder> {
        private List<Probe> probes = List.of();
        private Duration timeout = Duration.ofSeconds(30);
        private Duration perCallTimeout = Duration.ofSeconds(5);
        private Optional<Path> caFile = Optional.empty();
        private int maxConcurrency = DEFAULT_MAX_CONCURRENCY;

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        public Builder probes(List<? extends Probe> probes) {
            this.probes = List.copyOf(probes);
            return this;
        }

        /** The whole run's budget: probes still running when it ends are cut off and reported as timed out. */
        public Builder timeout(Duration timeout) {
            this.timeout = positive(timeout, "timeout");
            return this;
        }

        /** Cap for one connect or read inside a probe (the run's deadline may cut it shorter). */
        public Builder perCallTimeout(Duration perCallTimeout) {
            this.perCallTimeout = positive(perCallTimeout, "perCallTimeout");
            return this;
        }

        public Builder caFile(Optional<Path> caFile) {
            this.caFile = Objects.requireNonNull(caFile);
            return this;
        }

        public Builder maxConcurrency(int maxConcurrency) {
            if (maxConcurrency < 1) {
                throw new IllegalArgumentException("maxConcurrency must be at least 1");
            }
            this.maxConcurrency = maxConcurrency;
            return this;
        }

        /** Fails fast when two probes declare the same rule id with different metadata. */
        public Verifier build() {
            return new Verifier(this);
        }

        private static Duration positive(Duration d, String name) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be longer than zero");
            }
            return d;
        }
    }
}
