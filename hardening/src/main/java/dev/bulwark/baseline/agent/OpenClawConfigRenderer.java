package dev.bulwark.baseline.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.baseline.BaselineFile;
import dev.bulwark.blueprint.Access;
import dev.bulwark.blueprint.Agent;
import dev.bulwark.blueprint.Domain;
import dev.bulwark.blueprint.Sso;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * Renders {@code openclaw.json} from OpenClaw's hardened baseline (its docs/gateway/security/hardened-baseline.md):
 * loopback bind, token auth (the token comes from the environment, never this file), the local proxy as the only
 * trusted proxy, the public origins as the only Control UI origins, mDNS off, dangerous tool groups denied,
 * sandboxed sessions, only the blueprint's skills exposed (none when it lists none), and
 * {@link InstallPolicyRenderer}'s policy in front of every skill and plugin install. Readable by the service user
 * only (OpenClaw's own {@code security audit} warns on group- and fails on world-readable configs); the service
 * still cannot change it, because {@code ProtectSystem=strict} mounts {@code /etc} read-only for it.
 */
public final class OpenClawConfigRenderer {
    /** The reverse proxy on the same host: the only address whose X-Forwarded-For the gateway believes. */
    public static final String PROXY_ADDRESS = "127.0.0.1";
    /**
     * In container mode the proxy container reaches the gateway over the deployment's shared localhost (unsure, see
     * the policy's {@code container.gatewayUpstreamHost}), over either loopback family.
     */
    public static final List<String> CONTAINER_PROXY_ADDRESSES = List.of("127.0.0.1", "::1");

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A public instance's configuration with token auth (the shape before {@code access:} existed). */
    public BaselineFile render(Agent agent, Domain domain) {
        return render(agent, domain, new Access(dev.bulwark.blueprint.AccessMode.PUBLIC, List.of(),
                java.util.Optional.empty(), java.util.Optional.of("token-only public gateway"),
                dev.bulwark.blueprint.Canvas.OFF));
    }

    /**
     * The instance's configuration for its access mode. Private: the only browser origins are the tunnel's local
     * ones ({@code bulwark tunnel} forwards the gateway's own port number by default). Public with SSO: trusted-proxy
     * auth, the identity header and allowed users from the blueprint, the same-host proxy allowed as the identity
     * source ({@code allowLoopback}: nginx on loopback owns that header and drops any a client sent).
     */
    public BaselineFile render(Agent agent, Domain domain, Access access) {
        ObjectNode config = config(agent, domain, "loopback", List.of(PROXY_ADDRESS));
        ObjectNode gateway = (ObjectNode) config.get("gateway");
        if (!access.isPublic()) {
            ArrayNode origins = ((ObjectNode) gateway.get("controlUi")).putArray("allowedOrigins");
            tunnelOrigins(agent.port()).forEach(origins::add);
        }
        access.sso().ifPresent(sso -> trustedProxyAuth(gateway, sso));
        return new BaselineFile(AgentLayout.CONFIG_PATH, "0400",
                AgentLayout.SERVICE_USER + ":" + AgentLayout.SERVICE_USER, write(config));
    }

    /** The origins a browser has on the operator's machine at the end of {@code bulwark tunnel}. */
    public static List<String> tunnelOrigins(int localPort) {
        return List.of("http://127.0.0.1:" + localPort, "http://localhost:" + localPort);
    }

    private static void trustedProxyAuth(ObjectNode gateway, Sso sso) {
        ObjectNode auth = gateway.putObject("auth");
        auth.put("mode", "trusted-proxy");
        ObjectNode trusted = auth.putObject("trustedProxy");
        trusted.put("userHeader", sso.userHeader());
        trusted.put("allowLoopback", true);
        ArrayNode users = trusted.putArray("allowUsers");
        sso.allowUsers().forEach(users::add);
    }

    /**
     * The same baseline for the gateway container: bound to {@code lan} inside its own container (the service's
     * private network is the only way in; the proxy container is the only public endpoint), the proxy container on
     * the shared localhost as the only trusted proxy. No token here either: the image's entrypoint passes it to the
     * gateway in {@code OPENCLAW_GATEWAY_TOKEN}. The install policy command is not in the image, so every skill and
     * plugin install is refused there (fail closed).
     */
    public String renderForContainer(Agent agent, Domain domain) {
        return write(config(agent, domain, "lan", CONTAINER_PROXY_ADDRESSES)) + "\n";
    }

    private ObjectNode config(Agent agent, Domain domain, String bind, List<String> trustedProxies) {
        ObjectNode root = json.createObjectNode();
        ObjectNode gateway = root.putObject("gateway");
        gateway.put("mode", "local");
        gateway.put("bind", bind);
        gateway.put("port", agent.port());
        gateway.putObject("auth").put("mode", "token");
        ArrayNode proxies = gateway.putArray("trustedProxies");
        trustedProxies.forEach(proxies::add);
        gateway.put("allowRealIpFallback", false);
        ArrayNode origins = gateway.putObject("controlUi").putArray("allowedOrigins");
        origins.add("https://" + domain.name());
        domain.alternativeNames().forEach(name -> origins.add("https://" + name));

        root.putObject("discovery").putObject("mdns").put("mode", "off");
        root.putObject("session").put("dmScope", "per-channel-peer");
        ObjectNode defaults = root.putObject("agents").putObject("defaults");
        defaults.putObject("sandbox").put("mode", "non-main");
        ArrayNode exposed = defaults.putArray("skills");

        ObjectNode tools = root.putObject("tools");
        tools.put("profile", "messaging");
        tools.putArray("deny").add("group:automation").add("group:runtime").add("group:fs")
                .add("sessions_spawn").add("sessions_send");
        tools.putObject("fs").put("workspaceOnly", true);
        tools.putObject("exec").put("security", "deny").put("ask", "always");
        tools.putObject("elevated").put("enabled", false);
        tools.putObject("sessions").put("visibility", "agent");
        tools.putObject("agentToAgent").put("enabled", false);

        ArrayNode bundled = root.putObject("skills").putArray("allowBundled");
        agent.skills().forEach(skill -> {
            exposed.add(skill.name());
            bundled.add(skill.name());
        });
        ObjectNode installPolicy = root.putObject("security").putObject("installPolicy");
        installPolicy.put("enabled", true);
        installPolicy.putArray("targets").add("skill").add("plugin");
        installPolicy.putObject("exec").put("source", "exec").put("command", AgentLayout.INSTALL_POLICY_PATH)
                .put("timeoutMs", 10_000);
        return root;
    }

    private String write(ObjectNode root) {
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("openclaw.json could not be written", e);
        }
    }
}
