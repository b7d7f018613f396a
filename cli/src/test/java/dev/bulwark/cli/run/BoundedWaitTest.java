package dev.bulwark.cli.run;

import dev.bulwark.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --timeout} bounds the whole run and the run says what it waits for. AWS is the real SDK sent to a real
 * loopback server that accepts connections and never answers (what an unreachable or wedged endpoint looks like);
 * credentials are dummies from system properties, so nothing ever leaves loopback.
 */
class BoundedWaitTest {
    private static final String BLUEPRINT = "../blueprints/openclaw-instance-public.yaml";
    private static final List<String> PROPERTIES = List.of("aws.disableEc2Metadata", "aws.configFile",
            "aws.sharedCredentialsFile", "aws.accessKeyId", "aws.secretAccessKey");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void dummyCredentials() {
        System.setProperty("aws.disableEc2Metadata", "true");
        System.setProperty("aws.configFile", "/nonexistent/bulwark-test/config");
        System.setProperty("aws.sharedCredentialsFile", "/nonexistent/bulwark-test/credentials");
        System.setProperty("aws.accessKeyId", "AKIDEXAMPLEEXAMPLE00");
        System.setProperty("aws.secretAccessKey", "not-a-secret-test-only");
    }

    @AfterAll
    static void restore() {
        PROPERTIES.forEach(System::clearProperty);
    }

    /** Accepts every connection and never writes a byte. */
    private static final class SilentServer implements AutoCloseable {
        private final ServerSocket server;
        private final List<Socket> held = new CopyOnWriteArrayList<>();

        SilentServer() throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread accept = new Thread(() -> {
                try {
                    while (true) {
                        held.add(server.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            }, "silent-server");
            accept.setDaemon(true);
            accept.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket s : held) {
                s.close();
            }
        }
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void status_endpointNeverAnswers_endsAtTimeoutSayingWhatItWaitedFor() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            int exit = assertTimeoutPreemptively(Duration.ofSeconds(40),
                    () -> run("status", BLUEPRINT, "--endpoint-url", silent.url(), "--timeout", "15"));
            // without --timeout kept, the SDK's defaults leave this silent for about 61 s
            assertEquals(3, exit, err.toString());
            assertTrue(err.toString().contains("waiting for STS GetCallerIdentity in us-east-1 (3 s)..."),
                    err.toString());
        }
    }

    @ParameterizedTest
    @CsvSource({"status, 60s", "destroy, 45m", "deploy, 2h", "tunnel, 2h", "verify, 30s", "audit-host, 60s",
        "discover, 30m"})
    void help_everyCommandThatWaits_showsTimeoutWithItsDefault(String command, String defaultValue) {
        assertEquals(0, run(command, "--help"));
        String help = out.toString().replaceAll("\\s+", " ");
        assertTrue(help.contains("--timeout=DURATION"), help);
        assertTrue(help.contains("a number is seconds (5 = 5 s)"), help);
        assertTrue(help.contains("(default: " + defaultValue + ")"), help);
    }

    @ParameterizedTest
    @CsvSource({"status", "destroy", "tunnel"})
    void timeout_notADuration_exit2(String command) {
        assertEquals(2, run(command, BLUEPRINT, "--timeout", "soon"));
        assertTrue(err.toString().contains("is not a duration"), err.toString());
    }
}
