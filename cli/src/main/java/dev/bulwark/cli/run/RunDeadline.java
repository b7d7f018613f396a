package dev.bulwark.cli.run;

import dev.bulwark.cli.ExitCode;
import dev.bulwark.cli.UserException;
import dev.bulwark.verify.Durations;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a command's body within its {@code --timeout}, and after {@link #QUIET} of waiting says on stderr what it
 * is waiting for ("waiting for Lightsail GetInstance in us-east-1 (3 s)..."), again every {@link #REPEAT}.
 * When the bound passes, the body is interrupted and the run ends with exit 3, naming what it still waited for.
 */
public final class RunDeadline {
    static final Duration QUIET = Duration.ofSeconds(3);
    static final Duration REPEAT = Duration.ofSeconds(5);

    private final Duration bound;
    private final PrintWriter err;
    private final WaitingFor waitingFor;

    public RunDeadline(Duration bound, PrintWriter err, WaitingFor waitingFor) {
        this.bound = bound;
        this.err = err;
        this.waitingFor = waitingFor;
    }

    /** The body's result, its own exception, or a {@link UserException} (exit 3) once the bound has passed. */
    public <T> T run(Callable<T> body) throws Exception {
        FutureTask<T> task = new FutureTask<>(body);
        Thread worker = new Thread(task, "bulwark-run");
        worker.setDaemon(true);
        ScheduledExecutorService notices = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bulwark-waiting");
            t.setDaemon(true);
            return t;
        });
        long[] lastNotice = {0};
        notices.scheduleAtFixedRate(() -> notice(lastNotice), 500, 500, TimeUnit.MILLISECONDS);
        worker.start();
        try {
            return task.get(bound.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception failure) {
                throw failure; // the body's own exception, mapped to an exit code as if thrown here
            }
            throw (Error) e.getCause();
        } catch (TimeoutException e) {
            Optional<WaitingFor.Wait> still = waitingFor.longerThan(Duration.ZERO);
            task.cancel(true);
            throw new UserException(ExitCode.ENVIRONMENT, "gave up after " + Durations.human(bound)
                    + " (--timeout)" + still.map(w -> ": still waiting for " + w.what()).orElse("")
                    + ". Check the network (or --endpoint-url), or give a longer --timeout");
        } finally {
            notices.shutdownNow();
        }
    }

    private void notice(long[] lastNotice) {
        long now = System.nanoTime();
        if (lastNotice[0] != 0 && now - lastNotice[0] < REPEAT.toNanos()) {
            return;
        }
        waitingFor.longerThan(QUIET).ifPresent(w -> {
            lastNotice[0] = now;
            err.println("waiting for " + w.what() + " (" + w.sofar().toSeconds() + " s)...");
            err.flush();
        });
    }
}
