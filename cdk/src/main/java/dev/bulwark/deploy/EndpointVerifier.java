package dev.bulwark.deploy;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.deploy.pipeline.DeployedEndpoint;

import java.util.List;

/**
 * The last deploy step: verify the deployment's endpoints from outside, in one report, and return verify's exit
 * code (0 passed, 1 findings, 3 not checked). The CLI implements it on the verify engine.
 */
@FunctionalInterface
public interface EndpointVerifier {
    int verify(Blueprint blueprint, List<DeployedEndpoint> endpoints);
}
