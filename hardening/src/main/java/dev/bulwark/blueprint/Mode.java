package dev.bulwark.blueprint;

/** How the gateway runs on Lightsail. */
public enum Mode {
    /** A Lightsail instance behind a Lightsail load balancer. */
    INSTANCE,
    /** A Lightsail container service (a later issue). */
    CONTAINER
}
