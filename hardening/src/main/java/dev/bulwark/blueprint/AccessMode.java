package dev.bulwark.blueprint;

/** Whether the gateway has a public way in at all. */
public enum AccessMode {
    /** No load balancer, no public port: the operator comes in through {@code bulwark tunnel}. */
    PRIVATE,
    /** Behind the public TLS endpoint, with an allowlist, an identity-aware proxy, or an acknowledged finding. */
    PUBLIC
}
