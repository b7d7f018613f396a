package dev.bulwark.cli.verify;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.Mode;
import dev.bulwark.verify.Expectations;
import dev.bulwark.cli.ExitCode;
import dev.bulwark.cli.UserException;
import dev.bulwark.deploy.DeployException;
import dev.bulwark.deploy.state.RecordedEndpoints;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code bulwark verify --blueprint container.yaml} without a URL: the command hands verify the endpoints deploy
 * recorded ({@link RecordedEndpoints}: the service URL, then every custom domain). Offline: no AWS call; without
 * a deploy record the user gives the URL.
 */
final class ContainerTargets {
    private ContainerTargets() {
    }

    static List<String> urls(Blueprint blueprint, Path stateRoot) {
        try {
            return RecordedEndpoints.urls(blueprint, stateRoot);
        } catch (DeployException e) {
            throw new UserException(ExitCode.USAGE, e.getMessage());
        }
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
