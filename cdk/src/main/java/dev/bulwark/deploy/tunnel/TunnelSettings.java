package dev.bulwark.deploy.tunnel;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * How {@code bulwark tunnel} runs.
 *
 * @param deployerCidr the operator's address as one /32 (SSH is opened to it alone, as deploy does)
 * @param localPort    the local loopback port; empty means the gateway's own port number, which the private
 *                     gateway's allowed origins name; 0 means any free port
 * @param timeout      the tunnel closes itself after this long
 * @param sshPort      the instance's SSH port (22; tests use a loopback sshd)
 */
public record TunnelSettings(String deployerCidr, OptionalInt localPort, Duration timeout, int sshPort) {
    public static final int SSH_PORT = 22;
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
}
