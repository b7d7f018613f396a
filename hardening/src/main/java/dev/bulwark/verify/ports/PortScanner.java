package dev.bulwark.verify.ports;

import dev.bulwark.verify.Deadline;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * TCP connect scan: a full connect per port (no raw packets, no privileges), a bounded number in flight, each
 * connect capped by the deadline, nothing sent once connected.
 */
final class PortScanner {
    static final int MAX_IN_FLIGHT = 64;

    private PortScanner() {
    }

    static AddressScan scan(InetAddress address, List<Integer> ports, Deadline deadline, Duration connectTimeout)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(MAX_IN_FLIGHT, ports.size())),
                runnable -> {
                    Thread thread = new Thread(runnable, "bulwark-port-scan");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<Future<PortState>> results = new ArrayList<>();
            for (int port : ports) {
                results.add(pool.submit(() -> connect(new InetSocketAddress(address, port), deadline, connectTimeout)));
            }
            Map<Integer, PortState> states = new HashMap<>();
            for (int i = 0; i < ports.size(); i++) {
                states.put(ports.get(i), outcome(results.get(i)));
            }
            return new AddressScan(address, states);
        } finally {
            pool.shutdownNow();
        }
    }

    static PortState connect(InetSocketAddress address, Deadline deadline, Duration connectTimeout) {
        if (deadline.expired()) {
            return PortState.NOT_SCANNED;
        }
        try (Socket socket = new Socket()) {
            socket.connect(address, deadline.capMillis(connectTimeout));
            return PortState.OPEN;
        } catch (SocketTimeoutException e) {
            return PortState.FILTERED;
        } catch (NoRouteToHostException e) {
            return PortState.UNREACHABLE;
        } catch (ConnectException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            return message.contains("refused") ? PortState.CLOSED : PortState.UNREACHABLE;
        } catch (IOException e) {
            return PortState.UNREACHABLE;
        }
    }

    private static PortState outcome(Future<PortState> result) throws InterruptedException {
        try {
            return result.get();
        } catch (ExecutionException e) {
            return PortState.UNREACHABLE;
        }
    }
}
