package dev.bulwark.cli.verify;

import dev.bulwark.verify.ports.PortProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** verify {@code --ports}: which ports {@code --host} scans, against a real listening port on loopback. */
class VerifyPortsOptionTest {
    private final VerifyCli cli = new VerifyCli(java.time.Clock.systemUTC());
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("verify"));
        all.addAll(List.of(args));
        return cli.run(List.of(PortProbe.create()), all.toArray(String[]::new));
    }

    @Test
    void ports_openPortOutsideThePolicy_isScannedAndListedOnlyWithPorts() throws Exception {
        try (ServerSocket open = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            String port = String.valueOf(open.getLocalPort());
            String url = "https://localhost:1/";

            run(url, "--host", "127.0.0.1", "--verbose", "--timeout", "20s", "--format", "json");
            assertFalse(out.toString().contains("\"" + port + "/tcp") || out.toString().contains(":" + port + " "),
                    "the policy's list does not hold an ephemeral port: " + out);
            assertTrue(err.toString().contains("ports scanned on --host 127.0.0.1: "), err.toString());
            assertFalse(err.toString().contains(" " + port + ","), err.toString());

            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            int exit = run(url, "--host", "127.0.0.1", "--ports", port, "--verbose", "--timeout", "20s");
            assertTrue(err.toString().contains("ports scanned on --host 127.0.0.1: " + port + "\n"), err.toString());
            assertTrue(out.toString().contains(port), out.toString());
            assertEquals(1, exit, out + "\n" + err);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--host 127.0.0.1 --ports 0        | is not a port or range of ports 1-65535",
        "--host 127.0.0.1 --ports 70000    | is not a port or range of ports 1-65535",
        "--host 127.0.0.1 --ports 22-x     | is not a port or range of ports 1-65535",
        "--ports 22                        | --ports changes which ports --host scans"})
    void ports_badValueOrWithoutHost_exit2(String args, String message) {
        List<String> argv = new ArrayList<>(List.of("https://localhost:1/"));
        argv.addAll(List.of(args.trim().split("\\s+")));
        assertEquals(2, run(argv.toArray(String[]::new)), err.toString());
        assertTrue(err.toString().contains(message), err.toString());
    }
}
