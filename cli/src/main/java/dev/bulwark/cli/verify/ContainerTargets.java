package dev.bulwark.cli.verify;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.Mode;
import dev.bulwark.verify.Expectations;
import dev.bulwark.cli.ExitCode;
import dev.bulwark.cli.UserException;
import dev.bulwark.deploy.DeployException;
import dev.bulwark.deploy.container.ContainerDeployer;
import dev.bulwark.deploy.state.DeployState;
import dev.bulwark.deploy.state.DeployStateFile;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code bulwark verify --blueprint container.yaml} without a URL: the service URL deploy recorded in the local
 * state file, then every custom domain. Offline: no AWS call; without a state file the user gives the URL.
 */
final class ContainerTargets {
    private ContainerTargets() {
    }

    static List<String> urls(Blueprint blueprint, Path stateRoot) {
        DeployStateFile file = DeployStateFile.forBlueprint(stateRoot, blueprint.name());
        String serviceUrl;
        try {
            serviceUrl = file.read().flatMap(DeployState::serviceUrl).orElseThrow(() -> new UserException(
                    ExitCode.USAGE, "no service URL recorded for " + blueprint.name() + " in " + file.path()
                            + ": run `bulwark deploy " + blueprint.file() + "` from this directory first, or give the"
                            + " URL (https://<service>.<id>." + blueprint.region() + ".cs.amazonlightsail.com) or"
                            + " --targets FILE"));
        } catch (DeployException e) {
            throw new UserException(ExitCode.USAGE, e.getMessage());
        }
        return ContainerDeployer.verifyTargets(blueprint, serviceUrl);
    }

    /** Lightsail's own endpoint for container services; its certificate names that host, not the custom domain. */
    static final String SERVICE_HOST_SUFFIX = ".cs.amazonlightsail.com";

    /**
     * What a target of this blueprint must show. The service URL of a container deployment carries Lightsail's
     * certificate for its own host, so that host (not the blueprint's domain) is the name its certificate must
     * carry; every other expectation stays the blueprint's.
     */
    static Expectations expectations(Blueprint blueprint, URI url) {
        Expectations expected = Expectations.fromBlueprint(blueprint);
        String host = url.getHost();
        if (blueprint.mode() != Mode.CONTAINER || host == null || !host.endsWith(SERVICE_HOST_SUFFIX)) {
            return expected;
        }
        return new Expectations(Optional.of(host), expected.gatewayPort(), expected.allowedPorts(),
                expected.agentVersion(), expected.allowedOrigin(), expected.blueprintPath(), expected.adminCidrs());
    }
}
