package dev.bulwark.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real listeners on loopback addresses, among addresses and ports where nothing listens. */
class ConnectScannerTest {
    private final List<ServerSocket> listeners = new ArrayList<>();

    @AfterEach
    void close() throws IOException {
        for (ServerSocket s : listeners) {
            s.close();
        }
    }

    private int listen(String address, int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(address), port));
        listeners.add(socket);
        return socket.getLocalPort();
    }

    @Test
    void scan_loopbackBlock_findsExactlyTheListeningPorts() throws IOException {
        int port = listen("127.61.0.7", 0);
        listen("127.61.0.200", port);
        int other = listen("127.61.0.9", 0);
        ScanScope scope = new ScanScope(ScanScope.resolve(List.of("127.61.0.0/24")), List.of(port, other));

        List<OpenPort> open = new ConnectScanner(64, 100_000, Duration.ofSeconds(1))
                .scan(scope.endpointIterator(), scope.endpoints(), ScanProgress.NONE);

        Set<String> found = open.stream().map(OpenPort::authority).collect(Collectors.toSet());
        assertEquals(Set.of("127.61.0.7:" + port, "127.61.0.200:" + port, "127.61.0.9:" + other), found);
    }

    @Test
    void scan_ipv6Loopback_findsTheListener() throws IOException {
        int port = listen("::1", 0);
        ScanScope scope = new ScanScope(ScanScope.resolve(List.of("::1")), List.of(port, port == 1 ? 2 : port - 1));

        List<OpenPort> open = new ConnectScanner(4, 1000, Duration.ofSeconds(1))
                .scan(scope.endpointIterator(), scope.endpoints(), ScanProgress.NONE);

        assertEquals(List.of("[0:0:0:0:0:0:0:1]:" + port), open.stream().map(OpenPort::authority).toList());
    }

    @Test
    void scan_oneInFlight_stillSettlesEveryEndpointAndReportsProgress() throws IOException {
        int port = listen("127.61.1.3", 0);
        ScanScope scope = new ScanScope(ScanScope.resolve(List.of("127.61.1.0/29")), List.of(port));
        long[] last = new long[2];

        List<OpenPort> open = new ConnectScanner(1, 100_000, Duration.ofSeconds(1)).scan(scope.endpointIterator(),
                scope.endpoints(), (done, total, o, g, rate) -> {
                    last[0] = done;
                    last[1] = total;
                });

        assertEquals(1, open.size());
        assertEquals(8, last[0]);
        assertEquals(8, last[1]);
    }
}
