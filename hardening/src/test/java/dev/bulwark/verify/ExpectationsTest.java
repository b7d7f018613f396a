package dev.bulwark.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bulwark.blueprint.Admin;
import dev.bulwark.blueprint.Agent;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintSource;
import dev.bulwark.blueprint.Domain;
import dev.bulwark.blueprint.Mode;
import dev.bulwark.blueprint.Network;
import dev.bulwark.blueprint.Secrets;
import dev.bulwark.blueprint.Snapshots;
import dev.bulwark.blueprint.Tls;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpectationsTest {

    static Blueprint blueprint(List<String> sshCidrs) {
        Path file = Path.of("blueprints", "agent.yaml");
        return new Blueprint("agent", "eu-west-1", Mode.INSTANCE, "small_3_0", "eu-west-1a",
                new Agent("openclaw", "2026.9.6", 18789), new Domain("agent.example.com", List.of()),
                new Admin(sshCidrs, List.of(), Optional.empty(), "admin"), new Tls("TLS-FS-Res-1-2-2019-08", true),
                new Network("ipv4"), new Secrets("agent/gateway-token", List.of()), new Snapshots(3), Map.of(),
                new BlueprintSource(file, Map.of()), List.of());
    }

    @Test
    void fromBlueprint_sshClosed_expectsDomainVersionAndNoOpenPorts() {
        Expectations e = Expectations.fromBlueprint(blueprint(List.of()));

        assertEquals(Optional.of("agent.example.com"), e.domain());
        assertEquals(Optional.of("https://agent.example.com"), e.allowedOrigin());
        assertEquals(Optional.of("2026.9.6"), e.agentVersion());
        assertEquals(18789, e.gatewayPort());
        assertEquals(Set.of(), e.allowedPorts());
        assertEquals(Optional.of(Path.of("blueprints", "agent.yaml").toString()), e.blueprintPath());
    }

    @Test
    void fromBlueprint_sshOpenToAdminCidrs_allowsPort22ForThoseCidrs() {
        Expectations e = Expectations.fromBlueprint(blueprint(List.of("198.51.100.7/32")));

        assertEquals(Set.of(22), e.allowedPorts());
        assertEquals(List.of("198.51.100.7/32"), e.adminCidrs());
    }
}
