package dev.bulwark.acceptance;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Free TCP ports on a loopback address (127.0.0.1, or 127.0.0.2 as the simulated public address). */
final class LoopbackPorts {
    private LoopbackPorts() {
    }

    /** A port nothing listens on at {@code address} right now: bound once to learn a free number, then closed. */
    static int free(String address) throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            return socket.getLocalPort();
        }
    }
}
