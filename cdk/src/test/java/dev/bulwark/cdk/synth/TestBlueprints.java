package dev.bulwark.cdk.synth;

import dev.bulwark.blueprint.Admin;
import dev.bulwark.blueprint.Agent;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.Mode;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Blueprints built directly as records, since the loader is implemented elsewhere; only what the packs read is set. */
public final class TestBlueprints {

    private TestBlueprints() {
    }

    public static Blueprint withAdminCidrs(List<String> ipv4, List<String> ipv6) {
        return new Blueprint("test", "eu-west-1", Mode.INSTANCE, "medium_3_0", "eu-west-1a",
                new Agent("openclaw", "2026.9.6", 18789), null,
                new Admin(ipv4, ipv6, Optional.empty(), "admin"), null, null, null, null, Map.of(), null, List.of());
    }
}
