package dev.bulwark.baseline.container;

import dev.bulwark.baseline.agent.OpenClawConfigRenderer;
import dev.bulwark.baseline.proxy.NginxSite;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.Mode;
import dev.bulwark.policy.HardeningPolicy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a container-mode deployment runs: the gateway container (private: its port is open on the service's
 * private network only) and the proxy container (the single public endpoint). Rendered from the blueprint; holds
 * no secret. The stack adds the one credential the design accepts in the environment, the gateway's read-only
 * Secrets Manager key ({@link #READER_KEY_ID_ENV}, {@link #READER_SECRET_ENV}), from CloudFormation attributes.
 *
 * @param gateway          the gateway container
 * @param proxy            the proxy container, the public endpoint
 * @param publicPort       the proxy's port the service endpoint forwards to
 * @param healthCheckPath  what the service's health check requests through the proxy
 */
public record ContainerBaseline(ContainerSpec gateway, ContainerSpec proxy, int publicPort, String healthCheckPath) {

    public static final String GATEWAY_CONTAINER = "gateway";
    public static final String PROXY_CONTAINER = "proxy";
    public static final String READER_KEY_ID_ENV = "AWS_ACCESS_KEY_ID";
    public static final String READER_SECRET_ENV = "AWS_SECRET_ACCESS_KEY";
    /** Region of the secrets, read by the gateway's entrypoint. */
    public static final String SECRETS_REGION_ENV = "BULWARK_SECRETS_REGION";
    /** Name of the gateway token secret. */
    public static final String TOKEN_SECRET_ENV = "BULWARK_GATEWAY_TOKEN_SECRET";
    /** {@code ENV_NAME=secret-name} pairs, comma separated: which secret becomes which provider variable. */
    public static final String PROVIDER_SECRETS_ENV = "BULWARK_PROVIDER_SECRETS";
    /** The agent version the image must carry; the entrypoint refuses to start on a mismatch. */
    public static final String AGENT_VERSION_ENV = "BULWARK_AGENT_VERSION";
    /** The gateway's port inside its container ({@code openclaw gateway run --port}). */
    public static final String GATEWAY_PORT_ENV = "BULWARK_GATEWAY_PORT";
    /** The rendered {@code openclaw.json} (no token in it), base64; the entrypoint writes it before the start. */
    public static final String OPENCLAW_CONFIG_ENV = "BULWARK_OPENCLAW_CONFIG_B64";

    /** The two containers for a container-mode blueprint. */
    public static ContainerBaseline forBlueprint(Blueprint blueprint, HardeningPolicy policy) {
        if (blueprint.mode() != Mode.CONTAINER) {
            throw new IllegalArgumentException("blueprint " + blueprint.name() + " is not in container mode");
        }
        int gatewayPort = blueprint.agent().port();
        Map<String, String> gatewayEnv = new LinkedHashMap<>();
        gatewayEnv.put(AGENT_VERSION_ENV, blueprint.agent().version());
        gatewayEnv.put(SECRETS_REGION_ENV, blueprint.region());
        gatewayEnv.put(TOKEN_SECRET_ENV, blueprint.secrets().gatewayToken());
        StringBuilder providers = new StringBuilder();
        blueprint.secrets().providerKeys().forEach(k -> providers.append(providers.isEmpty() ? "" : ",")
                .append(k.env()).append('=').append(k.secretName()));
        gatewayEnv.put(PROVIDER_SECRETS_ENV, providers.toString());
        gatewayEnv.put(GATEWAY_PORT_ENV, Integer.toString(gatewayPort));
        gatewayEnv.put(OPENCLAW_CONFIG_ENV, ProxyLaunch.base64(
                new OpenClawConfigRenderer().renderForContainer(blueprint.agent(), blueprint.domain())));
        ContainerSpec gateway = new ContainerSpec(GATEWAY_CONTAINER, blueprint.container().gatewayImage(), List.of(),
                gatewayEnv, Map.of(gatewayPort, "HTTP"));
        int proxyPort = policy.container().proxyPort();
        ContainerSpec proxy = new ContainerSpec(PROXY_CONTAINER, blueprint.container().proxyImage(),
                ProxyLaunch.command(), ProxyLaunch.environment(NginxSite.forContainer(blueprint, policy)),
                Map.of(proxyPort, "HTTP"));
        return new ContainerBaseline(gateway, proxy, proxyPort, policy.container().healthCheckPath());
    }
}
