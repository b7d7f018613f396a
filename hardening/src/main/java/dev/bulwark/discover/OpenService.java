package dev.bulwark.discover;

import java.util.Optional;

/**
 * An open port that is not an agent gateway.
 *
 * @param address  the address scanned
 * @param port     the TCP port
 * @param protocol {@code https} or {@code http} when it answered HTTP, {@code tls} for TLS without HTTP, else {@code tcp}
 * @param status   the HTTP status of {@code GET /}, when there was one
 * @param server   the {@code Server} header, when there was one
 */
public record OpenService(String address, int port, String protocol, Optional<Integer> status,
                          Optional<String> server) implements Sighting {
}
