package dev.bulwark.baseline.container;

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
        ContainerSpec gateway = new ContainerSpec(GATEWAY_CONTAINER, blueprint.container().gatewayImage(), List.of(),
                gatewayEnv, Map.of(gatewayPort, "HTTP"));
        int proxyPort = 8080;
        ContainerSpec proxy = new ContainerSpec(PROXY_CONTAINER, blueprint.container().proxyImage(), List.of(),
                Map.of(), Map.of(proxyPort, "HTTP"));
        return new ContainerBaseline(gateway, proxy, proxyPort, "/health");
    }
}
