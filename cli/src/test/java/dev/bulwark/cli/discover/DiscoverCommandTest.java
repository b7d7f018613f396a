package dev.bulwark.cli.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.bulwark.cli.Main;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The command's parsing, formats and exit codes, against a real web page on a loopback address. */
class DiscoverCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void discover_jsonOfALoopbackBlock_hasTheGatewaysArrayAndListsThePageAsAService() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.63.0.5"), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            byte[] body = "<!doctype html><p>OpenClaw</p>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
        try {
            int code = run("discover", "127.63.0.0/29", "--ports", Integer.toString(server.getAddress().getPort()),
                    "--format", "json");

            assertEquals(0, code, err.toString());
            JsonNode doc = new ObjectMapper().readTree(out.toString());
            assertTrue(doc.path("gateways").isArray());
            assertEquals(0, doc.path("gateways").size(), out.toString());
            assertEquals("127.63.0.5", doc.path("services").get(0).path("address").asText());
            assertEquals(8, doc.path("scope").path("addresses").asInt());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void discover_sarifWithoutVerify_isAUsageError() {
        assertEquals(2, run("discover", "127.0.0.1", "--format", "sarif"));
        assertTrue(err.toString().contains("add --verify"), err.toString());
    }

    @Test
    void discover_largerThanASlash16WithoutATerminal_asksForYes() {
        assertEquals(2, run("discover", "127.0.0.0/15", "--ports", "1"));
        assertTrue(err.toString().contains("add --yes"), err.toString());
    }

    @Test
    void discover_badPortsOrTargets_sayWhatIsWrong() {
        assertEquals(2, run("discover", "127.0.0.1", "--ports", "0"));
        assertTrue(err.toString().contains("e.g. --ports 18789,443"), err.toString());
        assertEquals(2, run("discover", "127.0.0.300"));
        assertTrue(err.toString().contains("127.0.0.300"), err.toString());
        assertEquals(2, run("discover"));
    }

    @Test
    void discover_awsWithNetworkTargets_isAUsageError() {
        assertEquals(2, run("discover", "--aws", "127.0.0.1"));
        assertTrue(err.toString().contains("--aws reads an AWS account"), err.toString());
    }
}
