package dev.bulwark.verify.ssh;

import dev.bulwark.verify.Deadline;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** Caps every read at what is left of the deadline, so a server that sends one byte at a time cannot hold us. */
final class DeadlineInputStream extends FilterInputStream {
    private final Socket socket;
    private final Deadline deadline;
    private final Duration perCall;

    DeadlineInputStream(InputStream in, Socket socket, Deadline deadline, Duration perCall) {
        super(in);
        this.socket = socket;
        this.deadline = deadline;
        this.perCall = perCall;
    }

    @Override
    public int read() throws IOException {
        arm();
        return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        arm();
        return super.read(b, off, len);
    }

    private void arm() throws IOException {
        if (deadline.expired()) {
            throw new SocketTimeoutException("the run's deadline passed while reading from the server");
        }
        socket.setSoTimeout(deadline.capMillis(perCall));
    }
}
