package dev.bulwark.deploy.tunnel;

/** Why a tunnel closed. In every case the SSH window it opened has been revoked. */
public enum TunnelEnd {
    /** The operator stopped it (Ctrl-C, end of the command). */
    STOPPED,
    /** The SSH connection dropped (keep-alives unanswered, instance gone). */
    CONNECTION_LOST,
    /** {@code --timeout} passed. */
    TIMED_OUT
}
