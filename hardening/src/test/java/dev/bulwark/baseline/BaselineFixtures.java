package dev.bulwark.baseline;

import dev.bulwark.blueprint.Admin;
import dev.bulwark.blueprint.Agent;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintSource;
import dev.bulwark.blueprint.Domain;
import dev.bulwark.blueprint.Mode;
import dev.bulwark.blueprint.Network;
import dev.bulwark.blueprint.Secrets;
import dev.bulwark.blueprint.Skill;
import dev.bulwark.blueprint.Snapshots;
import dev.bulwark.blueprint.Tls;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/** Blueprints as the loader would produce them (validated values), built directly so each test varies one thing. */
public final class BaselineFixtures {
    public static final String PUBLIC_KEY =
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl admin@example";

    private BaselineFixtures() {
    }

    /** SSH open to two IPv4 networks and one IPv6 network, a public key, one provider key, an alternative name. */
    public static Blueprint withAdminNetworks() {
        return blueprint(new Admin(List.of("203.0.113.0/24", "198.51.100.7/32"), List.of("2001:db8::/48"),
                Optional.of(PUBLIC_KEY), "ubuntu"));
    }

    /** The default blueprint's shape: SSH closed at the Lightsail firewall, no key. */
    public static Blueprint withoutAdminNetworks() {
        return blueprint(new Admin(List.of(), List.of(), Optional.empty(), "ubuntu"));
    }

    /** {@link #withAdminNetworks()} with {@code count} allowed skills, each with a distinct real-looking digest. */
    public static Blueprint withSkills(int count) {
        List<Skill> skills = IntStream.range(0, count)
                .mapToObj(i -> new Skill("skill-" + i, sha256Hex("skill-" + i))).toList();
        return blueprint(withAdminNetworks().admin(), new Agent("openclaw", "2026.9.6", 18789, skills));
    }

    public static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Blueprint blueprint(Admin admin) {
        return blueprint(admin, new Agent("openclaw", "2026.9.6", 18789));
    }

    private static Blueprint blueprint(Admin admin, Agent agent) {
        return new Blueprint("openclaw-test", "us-east-1", Mode.INSTANCE, "medium_3_0", "us-east-1a",
                agent,
                new Domain("agent.example.com", List.of("chat.example.com")),
                admin,
                new Tls("TLS-FS-Res-1-2-2019-08", true),
                new Network("ipv4"),
                new Secrets("openclaw-test/gateway-token", List.of(
                        new Secrets.ProviderKey("anthropic", "openclaw-test/anthropic-api-key", "ANTHROPIC_API_KEY"))),
                new Snapshots(6),
                Map.of(),
                new BlueprintSource(Path.of("openclaw-test.yaml"), Map.of()),
                List.of());
    }
}
