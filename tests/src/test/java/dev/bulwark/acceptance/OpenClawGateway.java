package dev.bulwark.acceptance;

import dev.bulwark.secret.Secret;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real agent gateway on this machine, for acceptance tests: started in a throwaway HOME as a {@link GatewayLaunch}
 * says (with token auth the token is generated here and passed through the environment, never argv); stopped with
 * its whole process tree on {@link #close()}.
 */
public final class OpenClawGateway implements AutoCloseable {
    private static final String TOKEN_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int TOKEN_LENGTH = 48;
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);
    private static final Pattern ANSI_COLOUR = Pattern.compile("\u001B\\[[0-9;]*m");

    private final Process process;
    private final Path home;
    private final Path log;
    private final int port;
    private final Secret token;
    private final Duration startupTime;

    private OpenClawGateway(Process process, Path home, Path log, int port, Secret token, Duration startupTime) {
        this.process = process;
        this.home = home;
        this.log = log;
        this.port = port;
        this.token = token;
        this.startupTime = startupTime;
    }

    /**
     * Starts the gateway as {@code launch} says and returns once its log says it answers.
     *
     * @throws IOException when it exits first or is not ready within {@code startTimeout}; the message carries the
     *                     end of its log
     */
    public static OpenClawGateway start(AcceptanceHome installed, GatewayLaunch launch, Duration startTimeout)
            throws IOException, InterruptedException {
        return start(installed, launch, startTimeout, randomToken(), freePortRange(5));
    }

    /**
     * Starts the gateway on {@code port} with {@code token} (a copy: closing the gateway destroys its own), as a
     * restart after a token rotation does.
     */
    public static OpenClawGateway start(AcceptanceHome installed, GatewayLaunch launch, Duration startTimeout,
                                        Secret givenToken, int port) throws IOException, InterruptedException {
        GatewayDistribution distribution = launch.distribution();
        Path home = Files.createTempDirectory("bulwark-gateway-");
        if (launch.config().isPresent()) {
            Path file = home.resolve("." + distribution.configDirectory()).resolve(distribution.configDirectory()
                    + ".json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, launch.config().get());
        }
        Path tmp = Files.createDirectories(home.resolve("tmp"));
        Path log = home.resolve("gateway.log");
        Secret token = Secret.of(givenToken.reveal());
        List<String> command = new ArrayList<>(List.of(installed.node().toString(),
                installed.entry(distribution).toString()));
        command.addAll(distribution.command());
        command.addAll(List.of("--allow-unconfigured", "--bind", launch.bind().name().toLowerCase(Locale.ROOT),
                "--port", Integer.toString(port)));
        if (launch.auth() != GatewayLaunch.Auth.TRUSTED_PROXY) {
            command.addAll(List.of("--auth", launch.auth().name().toLowerCase(Locale.ROOT)));
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("HOME", home.toString());
        env.put("TMPDIR", tmp.toString());
        env.put("PATH", installed.node().getParent() + ":/usr/local/bin:/usr/bin:/bin");
        env.put("OPENCLAW_DISABLE_BONJOUR", "1");
        env.put("CLAWDBOT_DISABLE_BONJOUR", "1");
        if (launch.auth() == GatewayLaunch.Auth.TOKEN) {
            env.put(distribution.tokenVariable(), token.reveal());
        }
        long started = System.nanoTime();
        Process process = builder.start();
        CompletableFuture<Void> ready = pumpLog(process, log, distribution.readyLine());
        process.onExit().thenRun(() -> ready.completeExceptionally(new IOException(
                distribution.packageSpec() + " exited with code " + process.exitValue() + " before it was ready")));
        try {
            ready.get(startTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return new OpenClawGateway(process, home, log, port, token, Duration.ofNanos(System.nanoTime() - started));
        } catch (TimeoutException | ExecutionException e) {
            OpenClawGateway failed = new OpenClawGateway(process, home, log, port, token, Duration.ZERO);
            String why = e instanceof TimeoutException ? "not ready within " + startTimeout.toSeconds() + " s"
                    : e.getCause().getMessage();
            String tail = failed.logTail(20);
            failed.close();
            throw new IOException(distribution.packageSpec() + " did not start: " + why + "; last log lines:\n" + tail);
        } catch (InterruptedException e) {
            new OpenClawGateway(process, home, log, port, token, Duration.ZERO).close();
            throw e;
        }
    }

    public int port() {
        return port;
    }

    /** {@code http://<address>:<port>/}, e.g. for 127.0.0.1 or for the simulated public address 127.0.0.2. */
    public URI url(String address) {
        return URI.create("http://" + address + ":" + port + "/");
    }

    public Secret token() {
        return token;
    }

    /** From process start to the ready log line. */
    public Duration startupTime() {
        return startupTime;
    }

    public Path log() {
        return log;
    }

    /** The last {@code lines} lines of the gateway's output (it never logs the token). */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** Stops the gateway and every process it started, then deletes its HOME. */
    @Override
    public void close() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                handle.destroyForcibly();
            } catch (InterruptedException e) {
                tree.forEach(ProcessHandle::destroyForcibly);
                Thread.currentThread().interrupt();
                break;
            }
        }
        token.destroy();
        deleteTree(home);
    }

    private static CompletableFuture<Void> pumpLog(Process process, Path log, String readyLine) throws IOException {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8);
        Thread pump = new Thread(() -> {
            try (out; BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String plain = ANSI_COLOUR.matcher(line).replaceAll("");
                    out.write(plain);
                    out.write('\n');
                    out.flush();
                    if (plain.contains(readyLine)) {
                        ready.complete(null);
                    }
                }
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
        }, "gateway-log-" + process.pid());
        pump.setDaemon(true);
        pump.start();
        return ready;
    }

    private static Secret randomToken() {
        SecureRandom random = new SecureRandom();
        char[] token = new char[TOKEN_LENGTH];
        for (int i = 0; i < token.length; i++) {
            token[i] = TOKEN_ALPHABET.charAt(random.nextInt(TOKEN_ALPHABET.length()));
        }
        return Secret.of(token);
    }

    /** A port {@code p} with {@code p..p+span-1} free: the gateway also takes port+2 (browser control) and others. */
    private static int freePortRange(int span) throws IOException {
        SecureRandom random = new SecureRandom();
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = 20000 + random.nextInt(30000);
            if (allFree(base, span)) {
                return base;
            }
        }
        throw new IOException("no " + span + " consecutive free ports found between 20000 and 50000");
    }

    private static boolean allFree(int base, int span) {
        for (int p = base; p < base + span; p++) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), p));
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // leave it for the OS to clean: a leftover temp dir must not fail the test
        }
    }
}
