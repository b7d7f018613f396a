package dev.bulwark.verify;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Real TCP servers on 127.0.0.1 for engine tests: one that accepts and stays silent (a tarpit), and a closed port. */
public final class LoopbackServers implements AutoCloseable {
    private final List<ServerSocket> servers = new CopyOnWriteArrayList<>();
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    /** A port that accepts connections and never sends a byte. */
    public int silentPort() throws IOException {
        ServerSocket server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        servers.add(server);
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    accepted.add(server.accept());
                } catch (IOException e) {
                    return;
                }
            }
        }, "tarpit-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
        return server.getLocalPort();
    }

    /** A port nothing listens on: bound once to get a free number, then closed. */
    public static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException {
        for (Socket s : accepted) {
            s.close();
        }
        for (ServerSocket s : servers) {
            s.close();
        }
    }
}
