package dev.bulwark.deploy.hostsecrets;

import software.amazon.awssdk.services.lightsail.model.HostKeyAttributes;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the host keys Lightsail witnessed for an instance ({@code GetInstanceAccessDetails}) into known_hosts
 * lines, so the first SSH connection is already verified instead of trusted on first use.
 */
public final class HostKeyPins {
    private HostKeyPins() {
    }

    public static List<String> knownHosts(String host, int port, List<HostKeyAttributes> keys) {
        String name = port == 22 ? host : "[" + host + "]:" + port;
        List<String> lines = new ArrayList<>();
        for (HostKeyAttributes key : keys) {
            if (key.publicKey() == null || key.publicKey().isBlank()) {
                continue;
            }
            String publicKey = key.publicKey().strip();
            // Lightsail gives either "algorithm base64" or the base64 alone with the algorithm beside it.
            String entry = publicKey.contains(" ") ? publicKey : key.algorithm() + " " + publicKey;
            lines.add(name + " " + entry);
        }
        return List.copyOf(lines);
    }
}
