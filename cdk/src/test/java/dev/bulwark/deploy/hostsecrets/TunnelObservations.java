package dev.bulwark.deploy.hostsecrets;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a tunnel test looks at from outside: the local URL the tunnel printed, and whether a port listens. */
public final class TunnelObservations {
    private static final Pattern URL = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");

    private TunnelObservations() {
    }

    /** The local port of the first {@code http://127.0.0.1:PORT/} among the console lines. */
    public static int localPort(List<String> lines) {
        for (String line : List.copyOf(lines)) {
            Matcher m = URL.matcher(line);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("no local URL printed: " + lines);
    }

    /** True when something accepts a TCP connection on {@code address:port}. */
    public static boolean listens(String address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (ConnectException e) {
            return false;
        }
    }
}
