package dev.bulwark.verify.net;

import java.io.Closeable;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Closes a socket when its time is up. A read timeout alone does not bound a conversation: a server that trickles
 * one byte just inside each timeout (or JSSE reading a handshake record by record) can keep a blocking call going
 * for ever. Closing the socket makes the blocked call fail at once.
 */
public final class SocketWatchdog implements Closeable {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bulwark-socket-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private final ScheduledFuture<?> closing;

    private SocketWatchdog(ScheduledFuture<?> closing) {
        this.closing = closing;
    }

    /** Closes {@code socket} after {@code budget} unless this watchdog is closed first. */
    public static SocketWatchdog closeAfter(Socket socket, Duration budget) {
        return new SocketWatchdog(TIMER.schedule(() -> closeQuietly(socket), budget.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Override
    public void close() {
        closing.cancel(false);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing is all we wanted; the blocked call reports the failure.
        }
    }
}
