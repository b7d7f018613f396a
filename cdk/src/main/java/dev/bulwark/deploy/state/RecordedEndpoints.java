package dev.bulwark.deploy.state;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.deploy.DeployException;
import dev.bulwark.deploy.container.ContainerMode;
import dev.bulwark.deploy.pipeline.DeployedEndpoint;

import java.nio.file.Path;
import java.util.List;

/**
 * The endpoints of a container deployment as the last deploy recorded them locally: the service URL, then every
 * custom domain. Offline, for {@code bulwark verify --blueprint container.yaml} without a URL.
 */
public final class RecordedEndpoints {
    private RecordedEndpoints() {
    }

    /** @throws DeployException (usage) when no deploy from this directory recorded the service URL */
    public static List<String> urls(Blueprint blueprint, Path stateRoot) {
        DeployStateFile file = DeployStateFile.forBlueprint(stateRoot, blueprint.name());
        String serviceUrl = file.read().flatMap(DeployState::serviceUrl).orElseThrow(() -> DeployException.usage(
                "no service URL recorded for " + blueprint.name() + " in " + file.path() + ": run `bulwark deploy "
                        + blueprint.file() + "` from this directory first, or give the URL (https://<service>.<id>."
                        + blueprint.region() + ".cs.amazonlightsail.com) or --targets FILE"));
        return ContainerMode.endpoints(blueprint, serviceUrl).stream().map(DeployedEndpoint::url).toList();
    }
}
