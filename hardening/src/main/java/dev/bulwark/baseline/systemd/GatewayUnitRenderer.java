package dev.bulwark.baseline.systemd;

import dev.bulwark.baseline.BaselineFile;
import dev.bulwark.baseline.Template;
import dev.bulwark.baseline.agent.AgentLayout;
import dev.bulwark.blueprint.Agent;
import dev.bulwark.blueprint.Secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders the gateway's systemd unit and its credential wrapper. Secrets reach the agent only as systemd
 * credentials ({@code LoadCredential=}), which the wrapper turns into the environment variables OpenClaw reads;
 * the unit names them but never holds a value.
 */
public final class GatewayUnitRenderer {
    public static final String UNIT_NAME = "openclaw-gateway.service";
    public static final String UNIT_PATH = "/etc/systemd/system/" + UNIT_NAME;
    public static final String WRAPPER_PATH = "/usr/local/lib/bulwark/with-credentials";
    /** A share of the instance's memory, so the unit fits every bundle without a size table. */
    static final String MEMORY_MAX = "75%";

    private static final Template UNIT = Template.of(GatewayUnitRenderer.class, "gateway.service");
    private static final Template WRAPPER = Template.of(GatewayUnitRenderer.class, "with-credentials.sh");

    /**
     * The credentials the unit loads, gateway token first.
     *
     * @throws IllegalArgumentException if two would share a credential or a variable: a provider key must never
     *                                  overwrite the gateway token or another key in the agent's environment
     */
    public static List<Credential> credentials(Secrets secrets) {
        List<Credential> credentials = new ArrayList<>();
        credentials.add(Credential.GATEWAY_TOKEN);
        for (Secrets.ProviderKey key : secrets.providerKeys()) {
            Credential next = Credential.forProvider(key.provider(), key.env());
            for (Credential taken : credentials) {
                if (taken.name().equals(next.name()) || taken.variable().equals(next.variable())) {
                    throw new IllegalArgumentException("secrets.providerKeys: provider " + key.provider()
                            + " with env " + key.env() + " collides with " + taken.name() + " (" + taken.variable()
                            + "); give each provider key its own provider and env in the blueprint");
                }
            }
            credentials.add(next);
        }
        return credentials;
    }

    public BaselineFile renderUnit(Agent agent, Secrets secrets, String wrapperPath) {
        List<Credential> credentials = credentials(secrets);
        return new BaselineFile(UNIT_PATH, "0644", UNIT.render(Map.ofEntries(
                Map.entry("agentVersion", agent.version()),
                Map.entry("tokenPath", Credential.GATEWAY_TOKEN.sourcePath()),
                Map.entry("serviceUser", AgentLayout.SERVICE_USER),
                Map.entry("loadCredentials", credentials.stream()
                        .map(c -> "LoadCredential=" + c.name() + ":" + c.sourcePath())
                        .collect(Collectors.joining("\n"))),
                Map.entry("stateDir", AgentLayout.STATE_DIR),
                Map.entry("stateDirName", AgentLayout.STATE_DIR_NAME),
                Map.entry("configPath", AgentLayout.CONFIG_PATH),
                Map.entry("nodeDir", AgentLayout.NODE_DIR),
                Map.entry("wrapperPath", wrapperPath),
                Map.entry("credentialArguments", credentials.stream()
                        .map(c -> c.name() + "=" + c.variable()).collect(Collectors.joining(" "))),
                Map.entry("agentCommand", AgentLayout.NODE_DIR + "/bin/node " + AgentLayout.AGENT_ENTRY),
                Map.entry("agentPort", Integer.toString(agent.port())),
                Map.entry("memoryMax", MEMORY_MAX))));
    }

    public BaselineFile renderWrapper() {
        return new BaselineFile(WRAPPER_PATH, "0755", WRAPPER.render(Map.of()));
    }

    /** Wrapper and unit at the instance's paths. */
    public List<BaselineFile> render(Agent agent, Secrets secrets) {
        return List.of(renderWrapper(), renderUnit(agent, secrets, WRAPPER_PATH));
    }
}
