package dev.bulwark.blueprint;

/**
 * The agent gateway to deploy.
 *
 * @param kind    {@code openclaw} (the only kind so far)
 * @param version exact pinned version, e.g. {@code 2026.9.6}; never a range or a tag
 * @param port    the gateway's own port on the instance's loopback (18789 by default); never public
 */
public record Agent(String kind, String version, int port) {
}
