package dev.bulwark.discover;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A TCP connect scan on one thread: non-blocking connects ({@link SocketChannel} and a {@link Selector}) with at
 * most {@code maxInFlight} outstanding and at most {@code ratePerSecond} started per second. A port that completes
 * the handshake is open (the connection is then reset, nothing is sent); a refusal or no answer within the connect
 * timeout is not.
 */
public final class ConnectScanner {
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final int maxInFlight;
    private final int ratePerSecond;
    private final Duration connectTimeout;

    public ConnectScanner(int maxInFlight, int ratePerSecond, Duration connectTimeout) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("at least one connection must be allowed in flight");
        }
        this.maxInFlight = maxInFlight;
        this.ratePerSecond = ratePerSecond;
        this.connectTimeout = connectTimeout;
    }

    /** One connect in flight, in start order (every connect has the same timeout, so the oldest expires first). */
    private static final class Pending {
        final InetSocketAddress endpoint;
        final SocketChannel channel;
        final long deadline;
        boolean settled;

        Pending(InetSocketAddress endpoint, SocketChannel channel, long deadline) {
            this.endpoint = endpoint;
            this.channel = channel;
            this.deadline = deadline;
        }
    }

    /** Scans every endpoint; returns the open ones in the order they answered. */
    public List<OpenPort> scan(Iterator<InetSocketAddress> endpoints, long total, ScanProgress progress)
            throws IOException {
        List<OpenPort> open = new ArrayList<>();
        ArrayDeque<Pending> inFlight = new ArrayDeque<>();
        long started = System.nanoTime();
        ConnectRate rate = new ConnectRate(ratePerSecond, started);
        long attempted = 0;
        long settled = 0;
        long lastProgress = started;
        int outstanding = 0;
        try (Selector selector = Selector.open()) {
            while (endpoints.hasNext() || outstanding > 0) {
                long now = System.nanoTime();
                while (outstanding < maxInFlight && endpoints.hasNext() && rate.tryAcquire(now)) {
                    InetSocketAddress endpoint = endpoints.next();
                    attempted++;
                    Pending pending = start(endpoint, selector, now, open);
                    if (pending == null) {
                        settled++;
                    } else {
                        inFlight.add(pending);
                        outstanding++;
                    }
                }
                long wait = waitNanos(inFlight, rate, endpoints.hasNext() && outstanding < maxInFlight, now);
                if (wait < TimeUnit.MILLISECONDS.toNanos(1)) {
                    selector.selectNow();
                } else {
                    selector.select(TimeUnit.NANOSECONDS.toMillis(wait));
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    Pending pending = (Pending) key.attachment();
                    if (finish(pending)) {
                        open.add(OpenPort.of(pending.endpoint));
                    }
                    key.cancel();
                    settle(pending);
                    outstanding--;
                    settled++;
                }
                selector.selectedKeys().clear();
                now = System.nanoTime();
                while (!inFlight.isEmpty() && (inFlight.peek().settled || inFlight.peek().deadline - now <= 0)) {
                    Pending head = inFlight.poll();
                    if (!head.settled) {
                        settle(head);
                        outstanding--;
                        settled++;
                    }
                }
                if (now - lastProgress >= PROGRESS_EVERY_NANOS) {
                    lastProgress = now;
                    progress.update(settled, total, open.size(), 0, perSecond(attempted, started, now));
                }
            }
        }
        progress.update(settled, total, open.size(), 0, perSecond(attempted, started, System.nanoTime()));
        return open;
    }

    private Pending start(InetSocketAddress endpoint, Selector selector, long now, List<OpenPort> open)
            throws IOException {
        SocketChannel channel = SocketChannel.open();
        try {
            channel.configureBlocking(false);
            // Reset instead of a FIN on close: no TIME_WAIT left behind per open port, as nmap's connect scan.
            channel.setOption(StandardSocketOptions.SO_LINGER, 0);
            if (channel.connect(endpoint)) {
                open.add(OpenPort.of(endpoint));
                channel.close();
                return null;
            }
            Pending pending = new Pending(endpoint, channel, now + connectTimeout.toNanos());
            channel.register(selector, SelectionKey.OP_CONNECT, pending);
            return pending;
        } catch (IOException | RuntimeException e) {
            // Refused at once, or no route: not open. (Out of descriptors too: the scan goes on with the rest.)
            channel.close();
            return null;
        }
    }

    private static boolean finish(Pending pending) {
        try {
            return pending.channel.finishConnect();
        } catch (IOException e) {
            return false;
        }
    }

    private static void settle(Pending pending) {
        pending.settled = true;
        try {
            pending.channel.close();
        } catch (IOException e) {
            // Closing a socket that never connected cannot fail in a way worth reporting.
        }
    }

    private static long waitNanos(ArrayDeque<Pending> inFlight, ConnectRate rate, boolean canStartMore, long now) {
        long wait = TimeUnit.MILLISECONDS.toNanos(100);
        if (canStartMore) {
            wait = Math.min(wait, rate.nanosUntilNext(now));
        }
        if (!inFlight.isEmpty()) {
            wait = Math.min(wait, Math.max(0, inFlight.peek().deadline - now));
        }
        return wait;
    }

    private static long perSecond(long attempted, long started, long now) {
        long elapsed = Math.max(1, now - started);
        return attempted * 1_000_000_000L / elapsed;
    }
}
