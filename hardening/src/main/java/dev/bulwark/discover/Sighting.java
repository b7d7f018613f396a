package dev.bulwark.discover;

/** What one open port turned out to be: a gateway, or another service. */
public sealed interface Sighting permits GatewayEndpoint, OpenService {
    String address();

    int port();
}
