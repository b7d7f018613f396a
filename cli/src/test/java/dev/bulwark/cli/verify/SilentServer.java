package dev.bulwark.cli.verify;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real TCP server on 127.0.0.1 that accepts connections and never answers: reachable, and a tarpit. */
final class SilentServer implements AutoCloseable {
    private final ServerSocket server;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    SilentServer() throws IOException {
        server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    accepted.add(server.accept());
                } catch (IOException e) {
                    return;
                }
            }
        }, "silent-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url() {
        return "https://127.0.0.1:" + server.getLocalPort() + "/";
    }

    /** A URL whose port nothing listens on. */
    static String closedUrl() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "https://127.0.0.1:" + s.getLocalPort() + "/";
        }
    }

    @Override
    public void close() throws IOException {
        for (Socket s : accepted) {
            s.close();
        }
        server.close();
    }
}
