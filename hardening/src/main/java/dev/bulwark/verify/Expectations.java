package dev.bulwark.verify;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.policy.HardeningPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a hardened deployment should show. Defaults come from the hardening policy; a blueprint narrows them
 * (its domain, the SSH CIDRs that may see port 22, the pinned agent version).
 *
 * @param domain          expected certificate name; absent: the URL's host
 * @param gatewayPort     the agent's own port (18789), which must never be reachable on {@code host}
 * @param allowedPorts    TCP ports that may be open on {@code host} (e.g. 22 when the blueprint opens SSH)
 * @param agentVersion    the pinned agent version the deployment should run
 * @param allowedOrigin   the one Origin the Control UI should accept, e.g. {@code https://agent.example.com}
 * @param blueprintPath   for reports: where the expectations came from
 * @param clientCidrs     {@code access.allowCidrs}: the client networks the proxy admits; empty admits everyone
 */
public record Expectations(Optional<String> domain, int gatewayPort, Set<Integer> allowedPorts,
                           Optional<String> agentVersion, Optional<String> allowedOrigin,
                           Optional<String> blueprintPath, List<String> adminCidrs, List<String> clientCidrs) {
    /** The policy's {@code gateway.defaultPort}. */
    public static final int DEFAULT_GATEWAY_PORT = HardeningPolicy.defaults().gateway().defaultPort();

    public Expectations {
        allowedPorts = Set.copyOf(allowedPorts);
        adminCidrs = List.copyOf(adminCidrs);
        clientCidrs = List.copyOf(clientCidrs);
    }

    /** Without a client allowlist (no blueprint, or one that admits every client). */
    public Expectations(Optional<String> domain, int gatewayPort, Set<Integer> allowedPorts,
                        Optional<String> agentVersion, Optional<String> allowedOrigin,
                        Optional<String> blueprintPath, List<String> adminCidrs) {
        this(domain, gatewayPort, allowedPorts, agentVersion, allowedOrigin, blueprintPath, adminCidrs, List.of());
    }

    public static Expectations defaults() {
        return defaults(HardeningPolicy.defaults());
    }

    /** No blueprint: the gateway on {@code policy}'s default port, nothing allowed open. */
    public static Expectations defaults(HardeningPolicy policy) {
        return new Expectations(Optional.empty(), policy.gateway().defaultPort(), Set.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of());
    }

    /**
     * What a deployment built from {@code blueprint} must show: its domain on the certificate and as the one
     * allowed Origin, its agent port closed, port 22 open only when the blueprint opens SSH (to its admin CIDRs),
     * and the pinned agent version.
     */
    public static Expectations fromBlueprint(Blueprint blueprint) {
        List<String> cidrs = new ArrayList<>(blueprint.admin().sshCidrs());
        cidrs.addAll(blueprint.admin().sshIpv6Cidrs());
        Set<Integer> allowed = blueprint.admin().sshOpen() ? Set.of(22) : Set.of();
        String domain = blueprint.domain().name();
        return new Expectations(Optional.of(domain), blueprint.agent().port(), allowed,
                Optional.of(blueprint.agent().version()), Optional.of("https://" + domain),
                Optional.of(blueprint.file().toString()), cidrs, blueprint.access().allowCidrs());
    }
}
