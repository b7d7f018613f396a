package dev.bulwark.cdk.instance;

import dev.bulwark.blueprint.Access;
import dev.bulwark.blueprint.AccessMode;
import dev.bulwark.blueprint.Admin;
import dev.bulwark.blueprint.Agent;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintSource;
import dev.bulwark.blueprint.Canvas;
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

/** Blueprint records built directly, so stack tests do not depend on the YAML loader. */
final class TestBlueprints {
    static final int GATEWAY_PORT = 18789;
    static final String TLS_POLICY = "TLS-FS-Res-1-2-2019-08";
    /** Public behind an allowlist: the load balancer path these fixtures test. */
    static final Access PUBLIC = new Access(AccessMode.PUBLIC, List.of("203.0.113.0/24"), Optional.empty(),
            Optional.empty(), Canvas.OFF);

    private TestBlueprints() {
    }

    /** SSH closed, no public key, IPv4-only, one provider, no alternative names. */
    static Blueprint closed() {
        return new Blueprint("agent-closed", "eu-central-1", Mode.INSTANCE, "medium_3_0", "eu-central-1a",
                new Agent("openclaw", "2026.9.6", GATEWAY_PORT),
                new Domain("agent.example.com", List.of()),
                new Admin(List.of(), List.of(), Optional.empty(), "ubuntu"),
                new Tls(TLS_POLICY, true),
                new Network("ipv4"),
                new Secrets("bulwark/agent-closed/gateway-token",
                        List.of(new Secrets.ProviderKey("anthropic", "bulwark/agent-closed/anthropic",
                                "ANTHROPIC_API_KEY"))),
                new Snapshots(3),
                null,
                PUBLIC,
                Map.of("team", "platform"),
                new BlueprintSource(Path.of("agent-closed.yaml"), Map.of()),
                List.of());
    }

    /** SSH from two IPv4 and one IPv6 CIDR, an admin key, dual-stack, two providers, alternative names. */
    static Blueprint open() {
        return new Blueprint("agent-open", "us-east-2", Mode.INSTANCE, "medium_3_0", "us-east-2b",
                new Agent("openclaw", "2026.9.6", GATEWAY_PORT),
                new Domain("gw.example.org", List.of("agent.example.org", "chat.example.org")),
                new Admin(List.of("203.0.113.7/32", "198.51.100.0/28"), List.of("2001:db8:1::/64"),
                        Optional.of("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx0ZXN0a2V5bm90cmVhbGx5YWtleWF0YWxsMDAw admin@laptop"),
                        "admin"),
                new Tls(TLS_POLICY, true),
                new Network("dualstack"),
                new Secrets("bulwark/agent-open/gateway-token",
                        List.of(new Secrets.ProviderKey("anthropic", "bulwark/agent-open/anthropic",
                                        "ANTHROPIC_API_KEY"),
                                new Secrets.ProviderKey("open-ai", "bulwark/agent-open/openai", "OPENAI_API_KEY"))),
                new Snapshots(22),
                null,
                PUBLIC,
                Map.of("env", "prod", "owner", "sre"),
                new BlueprintSource(Path.of("agent-open.yaml"), Map.of()),
                List.of());
    }

    static Blueprint withName(Blueprint b, String name) {
        return new Blueprint(name, b.region(), b.mode(), b.bundle(), b.availabilityZone(), b.agent(), b.domain(),
                b.admin(), b.tls(), b.network(), b.secrets(), b.snapshots(), null, b.access(), b.tags(), b.source(), b.warnings());
    }

    static Blueprint withAgentPort(Blueprint b, int port) {
        return new Blueprint(b.name(), b.region(), b.mode(), b.bundle(), b.availabilityZone(),
                new Agent(b.agent().kind(), b.agent().version(), port), b.domain(), b.admin(), b.tls(), b.network(),
                b.secrets(), b.snapshots(), null, b.access(), b.tags(), b.source(), b.warnings());
    }

    static Blueprint withDomain(Blueprint b, Domain domain) {
        return new Blueprint(b.name(), b.region(), b.mode(), b.bundle(), b.availabilityZone(), b.agent(), domain,
                b.admin(), b.tls(), b.network(), b.secrets(), b.snapshots(), null, b.access(), b.tags(), b.source(), b.warnings());
    }

    static Blueprint withTls(Blueprint b, Tls tls) {
        return new Blueprint(b.name(), b.region(), b.mode(), b.bundle(), b.availabilityZone(), b.agent(), b.domain(),
                b.admin(), tls, b.network(), b.secrets(), b.snapshots(), null, b.access(), b.tags(), b.source(), b.warnings());
    }

    static Blueprint withAccess(Blueprint b, Access access) {
        return new Blueprint(b.name(), b.region(), b.mode(), b.bundle(), b.availabilityZone(), b.agent(), b.domain(),
                b.admin(), b.tls(), b.network(), b.secrets(), b.snapshots(), null, access, b.tags(), b.source(),
                b.warnings());
    }

    static Blueprint withSnapshotHour(Blueprint b, int hour) {
        return new Blueprint(b.name(), b.region(), b.mode(), b.bundle(), b.availabilityZone(), b.agent(), b.domain(),
                b.admin(), b.tls(), b.network(), b.secrets(), new Snapshots(hour), b.tags(), b.source(),
                b.warnings());
    }
}
