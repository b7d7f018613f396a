package dev.bulwark.verify.tls;

/** What a server did when offered exactly one protocol version. */
public enum ProtocolSupport {
    /** It negotiated that version. */
    ACCEPTED,
    /** It answered with an alert, a different version, something that is not TLS, or closed the connection. */
    REFUSED,
    /** It did not answer in time, or the connection broke; nothing can be said about the version. */
    NO_ANSWER
}
