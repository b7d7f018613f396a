package dev.bulwark.cdk.container;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintException;
import dev.bulwark.blueprint.BlueprintLoader;
import dev.bulwark.blueprint.Container;
import dev.bulwark.blueprint.Domain;

import java.nio.file.Path;

/** The shipped container sample, loaded through the real loader, and variants of it for single-feature tests. */
final class ContainerBlueprints {
    static final Path SAMPLE = Path.of("..", "blueprints", "openclaw-container.yaml");
    static final String PRIVATE_ECR_IMAGE = "123456789012.dkr.ecr.us-east-1.amazonaws.com/openclaw-gateway@sha256:"
            + "ab".repeat(32);

    private ContainerBlueprints() {
    }

    static Blueprint sample() {
        try {
            return new BlueprintLoader().load(SAMPLE);
        } catch (BlueprintException e) {
            throw new IllegalStateException("the shipped container sample no longer loads: " + e.getMessage(), e);
        }
    }

    static Blueprint withContainer(Blueprint b, Container container) {
        return new Blueprint(b.name(), b.region(), b.mode(), b.bundle(), b.availabilityZone(), b.agent(), b.domain(),
                b.admin(), b.tls(), b.network(), b.secrets(), b.snapshots(), container, b.tags(), b.source(),
                b.warnings());
    }

    static Blueprint withDomain(Blueprint b, Domain domain) {
        return new Blueprint(b.name(), b.region(), b.mode(), b.bundle(), b.availabilityZone(), b.agent(), domain,
                b.admin(), b.tls(), b.network(), b.secrets(), b.snapshots(), b.container(), b.tags(), b.source(),
                b.warnings());
    }

    static Blueprint withPrivateEcrGateway(Blueprint b) {
        Container c = b.container();
        return withContainer(b, new Container(c.power(), c.scale(), PRIVATE_ECR_IMAGE, c.proxyImage()));
    }
}
