package dev.bulwark.baseline.container;

import java.util.List;
import java.util.Map;

/**
 * One container of a container-mode deployment, as the stack writes it into {@code ContainerServiceDeployment}.
 * The environment is plaintext in the Lightsail API, so it never holds a secret: only names, config and versions.
 *
 * @param name        container name in the deployment
 * @param image       image reference pinned by digest
 * @param command     launch command; empty keeps the image's own entrypoint
 * @param environment non-secret variables, in a stable order
 * @param ports       container ports opened on the service's private network, with protocol (HTTP)
 */
public record ContainerSpec(String name, String image, List<String> command, Map<String, String> environment,
                            Map<Integer, String> ports) {
    public ContainerSpec {
        command = List.copyOf(command);
        environment = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(environment));
        ports = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ports));
    }
}
