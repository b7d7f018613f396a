package dev.bulwark.deploy;

import dev.bulwark.blueprint.Blueprint;

/** The last deploy step: verify the live endpoint from outside and return verify's exit code (0, 1 or 3). */
@FunctionalInterface
public interface EndpointVerifier {
    /**
     * @param url  the deployment's HTTPS endpoint
     * @param host the instance's public address, for the port scan
     */
    int verify(Blueprint blueprint, String url, String host);
}
