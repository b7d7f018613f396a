package dev.bulwark.verify.net;

import java.io.Closeable;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

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

    private final Socket socket;
    private final AtomicBoolean fired = new AtomicBoolean();
    private final ScheduledFuture<?> closing;

    private SocketWatchdog(Socket socket, Duration budget) {
        this.socket = socket;
        this.closing = TIMER.schedule(this::fire, budget.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Closes {@code socket} after {@code budget} unless this watchdog is closed first. */
    public static SocketWatchdog closeAfter(Socket socket, Duration budget) {
        return new SocketWatchdog(socket, budget);
    }

    /** Whether the time ran out and the socket was closed by this watchdog (so an I/O error means "too slow"). */
    public boolean fired() {
        return fired.get();
    }

    @Override
    public void close() {
        closing.cancel(false);
    }

    private void fire() {
        fired.set(true);
        try {
            socket.close();
        } catch (IOException e) {
            // Closing is all we wanted; the blocked call reports the failure.
        }
    }
}
