package dev.bulwark.verify.ports;

/**
 * A port that must be closed on the instance, and why anyone would care.
 *
 * @param gateway the agent gateway's own port: exposing it is critical, not merely unexpected
 */
public record WatchedPort(int port, String purpose, boolean gateway) {
}
