package dev.bulwark.verify.net;

import java.util.Objects;

/**
 * Why an endpoint could not be looked at, in the user's terms: which step failed (name lookup, TCP connect, TLS
 * handshake, HTTP answer) and the fix that fits that cause. Probes of one target that hit the same failure share
 * one value, so the report shows it once.
 *
 * @param cause   what went wrong
 * @param subject what it went wrong on, e.g. {@code agent.example.com} or {@code 127.0.0.2:443}
 * @param detail  one sentence of evidence, e.g. {@code accepted the TCP connection but sent no TLS answer within 2 s}
 */
public record ConnectionFailure(Cause cause, String subject, String detail) {

    /** The kinds of "could not look", each with the fix that fits it. */
    public enum Cause {
        DNS("Check the host name in the URL (or --host) and its DNS records; a new record can take a few minutes "
                + "to propagate."),
        REFUSED("Check the port in the URL and that the load balancer or proxy in front of the deployment is "
                + "running and listening on it."),
        CONNECT_TIMEOUT("Check the address and that its firewall lets this machine reach the port (a dropped "
                + "connection looks exactly like this); raise --timeout only if the network is slow."),
        NO_ROUTE("Check the address: this machine has no route to it (a private address, or no IPv6 here)."),
        NO_ANSWER("Something accepts connections on this port but does not answer: check that the service behind "
                + "it is up and speaks HTTPS (or HTTP for an http:// URL); raise --timeout if it is merely slow."),
        TLS_ALERT("The server refused the TLS handshake: check that it offers TLS 1.2 or 1.3 and has a "
                + "certificate for this host name (SNI)."),
        NOT_TLS("The port does not speak TLS: if it serves plain HTTP, verify the http:// URL instead (and put "
                + "TLS in front of it)."),
        CA_FILE("Pass a PEM file with one or more -----BEGIN CERTIFICATE----- blocks (your private CA) with "
                + "--ca-file."),
        DEADLINE("Raise --timeout, or verify fewer targets at once.");

        private final String fix;

        Cause(String fix) {
            this.fix = fix;
        }

        public String fix() {
            return fix;
        }
    }

    public ConnectionFailure {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
    }

    /** The sentence a user reads, e.g. {@code 127.0.0.2:443 refused the connection}. */
    public String describe() {
        return subject + " " + detail;
    }

    public String fix() {
        return cause.fix();
    }
}
