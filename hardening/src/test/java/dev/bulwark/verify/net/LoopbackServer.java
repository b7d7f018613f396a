package dev.bulwark.verify.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A real TCP (or TLS) server on a loopback ephemeral port whose behaviour per connection is a {@link Handler};
 * the probes' tests point at it instead of at a mock. Closing it closes every open connection, so handlers that
 * stall (tarpits) end with the test.
 */
public final class LoopbackServer implements AutoCloseable {

    /** What the server does with one accepted connection. Exceptions just end the connection. */
    public interface Handler {
        void handle(Socket connection) throws IOException;
    }

    private final ServerSocket serverSocket;
    private final SSLContext tls;
    private final Handler handler;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();

    private LoopbackServer(ServerSocket serverSocket, SSLContext tls, Handler handler) {
        this.serverSocket = serverSocket;
        this.tls = tls;
        this.handler = handler;
        Thread acceptor = new Thread(this::acceptLoop, "loopback-server-" + serverSocket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Plain TCP on 127.0.0.1. */
    public static LoopbackServer plain(Handler handler) {
        return on("127.0.0.1", 0, handler);
    }

    /** Plain TCP on {@code address:port} (port 0: ephemeral). */
    public static LoopbackServer on(String address, int port, Handler handler) {
        return new LoopbackServer(bind(address, port), null, handler);
    }

    /** TLS on 127.0.0.1 with the server side of {@code context}; JSSE's default protocols (TLS 1.2, 1.3). */
    public static LoopbackServer tls(SSLContext context, Handler handler) {
        return tls(context, "127.0.0.1", 0, handler);
    }

    /** TLS on {@code address:port} (port 0: ephemeral). */
    public static LoopbackServer tls(SSLContext context, String address, int port, Handler handler) {
        return new LoopbackServer(bind(address, port), context, handler);
    }

    private static ServerSocket bind(String address, int port) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), port));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            Socket connection;
            try {
                connection = serverSocket.accept();
            } catch (IOException e) {
                return; // closed
            }
            connections.add(connection);
            Thread worker = new Thread(() -> serve(connection), "loopback-connection");
            worker.setDaemon(true);
            worker.start();
        }
    }

    /**
     * TLS is layered over the accepted TCP socket, and only the TCP socket is tracked: closing it on shutdown
     * cannot block, whereas closing an SSLSocket waits for a writer stuck on a client that stopped reading.
     */
    private void serve(Socket raw) {
        try (raw) {
            Socket connection = tls == null ? raw
                    : tls.getSocketFactory().createSocket(raw, null, raw.getPort(), false);
            if (connection instanceof SSLSocket) {
                ((SSLSocket) connection).setUseClientMode(false);
            }
            handler.handle(connection);
        } catch (IOException | RuntimeException e) {
            // A probe hanging up mid-way (or a refused handshake) is normal here.
        } finally {
            connections.remove(raw);
        }
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
        for (Socket connection : connections) {
            connection.close();
        }
    }
}
