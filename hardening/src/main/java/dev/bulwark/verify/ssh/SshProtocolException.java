package dev.bulwark.verify.ssh;

import java.io.IOException;

/** The peer is reachable but does not behave like an SSH server; the message says what it did instead. */
public final class SshProtocolException extends IOException {
    private static final long serialVersionUID = 1L;

    public SshProtocolException(String message) {
        super(message);
    }
}
