package dev.bulwark.cli.verify;

import dev.bulwark.verify.LoopbackServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;

/** What the verify option tests share: a silent TLS-less loopback target, a temp dir and a {@link VerifyCli}. */
abstract class LoopbackVerifyTest {
    @TempDir
    Path dir;
    LoopbackServers servers;
    String url;
    final VerifyCli cli = new VerifyCli(VerifyCommandTest.CLOCK);
    final StringWriter out = cli.out;
    final StringWriter err = cli.err;

    @BeforeEach
    void startServer() throws IOException {
        servers = new LoopbackServers();
        url = "https://127.0.0.1:" + servers.silentPort() + "/";
    }

    @AfterEach
    void stopServer() throws IOException {
        servers.close();
    }
}
