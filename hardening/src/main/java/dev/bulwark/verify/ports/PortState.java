package dev.bulwark.verify.ports;

/** What one TCP connect attempt showed. Only {@link #OPEN} is evidence of exposure. */
public enum PortState {
    /** The connection was accepted. */
    OPEN,
    /** Refused: the host is up and nothing listens. */
    CLOSED,
    /** No answer before the timeout: a firewall dropping packets, or the host is down. */
    FILTERED,
    /** The network says the address cannot be reached (no route, network unreachable). */
    UNREACHABLE,
    /** The run's deadline passed before this port was tried. */
    NOT_SCANNED
}
