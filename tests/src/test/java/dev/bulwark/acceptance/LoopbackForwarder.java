package dev.bulwark.acceptance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;

/**
 * Exposes a service listening on 127.0.0.1 at another loopback address and port, plain or behind TLS terminated here
 * (a certificate made in the test), as a gateway would be exposed on a host's own address. Bytes are copied both
 * ways unchanged, so WebSocket upgrades pass through.
 */
final class LoopbackForwarder implements AutoCloseable {
    private final ServerSocket server;
    private final int targetPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    private LoopbackForwarder(ServerSocket server, int targetPort) {
        this.server = server;
        this.targetPort = targetPort;
        Thread acceptor = new Thread(this::accept, "forwarder-" + server.getLocalSocketAddress());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static LoopbackForwarder plain(String address, int port, int targetPort) throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getByName(address), port));
        return new LoopbackForwarder(server, targetPort);
    }

    static LoopbackForwarder tls(String address, int port, int targetPort, SSLContext context) throws IOException {
        ServerSocket server = context.getServerSocketFactory().createServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getByName(address), port));
        return new LoopbackForwarder(server, targetPort);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                // closed, or one connection failed (a scanner's reset): keep accepting until closed
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // the other side went away
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "forwarder-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        open.forEach(LoopbackForwarder::closeQuietly);
    }
}
