package dev.bulwark.acceptance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * The gateway image's real {@code entrypoint.mjs} run by Node 24 outside a container: started from a written image
 * context with exactly the environment given (nothing inherited), its output (its own lines and the gateway's) kept
 * for assertions, its whole process tree stopped on {@link #close()}.
 */
final class GatewayEntrypoint implements AutoCloseable {
    private static final Pattern ANSI_COLOUR = Pattern.compile("\u001B\\[[0-9;]*m");
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final List<Watch> watches = new ArrayList<>();

    private record Watch(String text, CompletableFuture<Void> seen) {
    }

    private GatewayEntrypoint(Process process) {
        this.process = process;
    }

    /** Runs {@code node contextDir/entrypoint.mjs} with {@code environment} only, in {@code contextDir}. */
    static GatewayEntrypoint start(AcceptanceHome home, Path contextDir, Map<String, String> environment)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.node().toString(),
                contextDir.resolve("entrypoint.mjs").toString()).directory(contextDir.toFile())
                .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        GatewayEntrypoint entrypoint = new GatewayEntrypoint(builder.start());
        entrypoint.pump();
        return entrypoint;
    }

    /** Waits until a line containing {@code text} appears; false when the process exits first or time runs out. */
    boolean awaitLine(String text, Duration timeout) throws InterruptedException {
        CompletableFuture<Void> seen = new CompletableFuture<>();
        synchronized (this) {
            if (output.toString().contains(text)) {
                return true;
            }
            watches.add(new Watch(text, seen));
        }
        process.onExit().thenRun(() -> seen.complete(null));
        try {
            seen.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        }
        return output.toString().contains(text);
    }

    /** The exit status, once it exits within {@code timeout}. */
    int awaitExit(Duration timeout) throws InterruptedException, IOException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IOException("the entrypoint did not exit within " + timeout.toSeconds() + " s:\n" + output);
        }
        process.onExit().join();
        return process.exitValue();
    }

    /** Sends SIGTERM to the entrypoint only, as the container runtime does on stop. */
    void terminate() {
        process.destroy();
    }

    /** Everything printed so far, colours stripped. */
    String output() {
        return output.toString();
    }

    long pid() {
        return process.pid();
    }

    /**
     * The gateway process the entrypoint started: its only child once the version check is done (OpenClaw renames
     * its process title, so the command line does not say {@code gateway run}).
     */
    Optional<ProcessHandle> gateway() {
        return process.children().findFirst();
    }

    /** Every process below the entrypoint: the gateway and whatever it started (e.g. its spawn broker). */
    List<ProcessHandle> descendants() {
        return process.descendants().toList();
    }

    private void pump() {
        Thread pump = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String plain = ANSI_COLOUR.matcher(line).replaceAll("");
                    synchronized (this) {
                        output.append(plain).append('\n');
                        watches.removeIf(w -> {
                            if (plain.contains(w.text())) {
                                w.seen().complete(null);
                                return true;
                            }
                            return false;
                        });
                    }
                }
            } catch (IOException e) {
                output.append("(output unreadable: ").append(e.getMessage()).append(")\n");
            }
        }, "entrypoint-" + process.pid());
        pump.setDaemon(true);
        pump.start();
    }

    /** Stops the entrypoint (it forwards SIGTERM to the gateway) and anything left of its tree. */
    @Override
    public void close() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        process.destroy();
        try {
            process.onExit().get(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        tree.forEach(p -> {
            p.destroy();
            try {
                p.onExit().get(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                p.destroyForcibly();
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        });
    }
}
