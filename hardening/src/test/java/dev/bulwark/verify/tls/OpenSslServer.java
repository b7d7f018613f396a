package dev.bulwark.verify.tls;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.testing.Requirement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.tls.HeldCertificate;

/**
 * A real {@code openssl s_server} on loopback, for the one thing JSSE servers will not do: accept TLS 1.0/1.1.
 * Tests are skipped with the reason when the binary is missing or will not start; CI has it.
 */
final class OpenSslServer implements AutoCloseable {
    private final Process process;
    private final int port;

    private OpenSslServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code openssl s_server} with {@code protocolFlags} (e.g. {@code -tls1}) serving {@code leaf}. */
    static OpenSslServer start(HeldCertificate leaf, Path dir, String... protocolFlags) throws Exception {
        Path cert = Files.writeString(dir.resolve("server.pem"), leaf.certificatePem());
        Path key = Files.writeString(dir.resolve("server.key"), leaf.privateKeyPkcs8Pem());
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("openssl", "s_server", "-accept", "127.0.0.1:" + port,
                "-cert", cert.toString(), "-key", key.toString(), "-cipher", "DEFAULT:@SECLEVEL=0"));
        command.addAll(List.of(protocolFlags));
        Process process;
        try {
            // stdin stays open (a pipe): s_server quits on end of input.
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            Requirement.missing(Requirement.Component.OPENSSL, "openssl (" + e.getMessage() + ")");
            throw e;
        }
        OpenSslServer server = new OpenSslServer(process, port);
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> awaitAccept(process));
        String output;
        try {
            output = ready.get(15, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            server.close();
            output = "no ACCEPT line within 15 s";
        }
        if (!output.equals("ACCEPT")) {
            server.close();
            // openssl is there, but this build refuses the protocol (Debian builds without SSLv3): a capability of
            // the local build, not a missing component, so it skips even in CI.
            assumeTrue(false, "openssl s_server " + String.join(" ", protocolFlags) + " did not start: " + output);
        }
        return server;
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
    }

    private static String awaitAccept(Process process) {
        StringBuilder seen = new StringBuilder();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals("ACCEPT")) {
                    drain(out);
                    return "ACCEPT";
                }
                seen.append(line).append(' ');
            }
        } catch (IOException e) {
            seen.append(e.getMessage());
        }
        return seen.toString().trim();
    }

    /** Keeps reading s_server's output so it never blocks on a full pipe. */
    private static void drain(BufferedReader out) {
        Thread drainer = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // discard
                }
            } catch (IOException e) {
                // process ended
            }
        }, "openssl-output");
        drainer.setDaemon(true);
        drainer.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
