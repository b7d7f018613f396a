package dev.bulwark.deploy.pipeline;

import java.util.Optional;

/**
 * One endpoint a deployment serves, as verify checks it from outside.
 *
 * @param url  the HTTPS endpoint
 * @param host the instance's public address for the port scan; empty where there is no host (container mode)
 */
public record DeployedEndpoint(String url, Optional<String> host) {
    public DeployedEndpoint {
        host = host == null ? Optional.empty() : host;
    }
}
