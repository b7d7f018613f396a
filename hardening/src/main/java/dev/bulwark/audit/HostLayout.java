package dev.bulwark.audit;

import dev.bulwark.baseline.agent.AgentLayout;
import dev.bulwark.baseline.systemd.Credential;
import dev.bulwark.baseline.systemd.GatewayUnitRenderer;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.verify.Expectations;
import java.util.regex.Pattern;

/**
 * Where the host baseline puts the agent: its user, directories, credential file, systemd unit and port. One small
 * record so the audit and the baseline can be aligned in one place; every value is validated before it goes near a
 * shell, and is quoted there as well.
 *
 * @param agentUser     the unprivileged account the gateway runs as
 * @param stateDir      the agent's state directory (its HOME)
 * @param configFile    the agent's configuration file
 * @param credentialDir systemd credentials (gateway token, provider keys)
 * @param tokenFile     the gateway token; only its length is ever read
 * @param unit          the gateway's systemd unit
 * @param gatewayPort   the gateway's own port, which must listen on loopback only
 * @param sshdConfig    the sshd configuration {@code sshd -T} evaluates
 */
public record HostLayout(String agentUser, String stateDir, String configFile, String credentialDir,
                         String tokenFile, String unit, int gatewayPort, String sshdConfig) {
    private static final Pattern USER = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._/@+-]*");
    private static final Pattern UNIT = Pattern.compile("[A-Za-z0-9:_.@-]+\\.service");

    public HostLayout {
        require(USER.matcher(agentUser).matches(), "agent user '" + agentUser + "' is not a valid user name");
        for (String path : new String[] {stateDir, configFile, credentialDir, tokenFile, sshdConfig}) {
            require(PATH.matcher(path).matches() && !path.contains(".."),
                    "'" + path + "' must be an absolute path of letters, digits and ._/@+- without '..'");
        }
        require(UNIT.matcher(unit).matches(), "unit '" + unit + "' must be a systemd service name like x.service");
        require(gatewayPort >= 1 && gatewayPort <= 65535, "gateway port " + gatewayPort + " is outside 1-65535");
    }

    /** Where bulwark's host baseline puts things: the audit reads exactly what the baseline installed. */
    public static HostLayout defaults() {
        return new HostLayout(AgentLayout.SERVICE_USER, AgentLayout.STATE_DIR, AgentLayout.CONFIG_PATH,
                AgentLayout.CREDENTIALS_DIR, Credential.GATEWAY_TOKEN.sourcePath(), GatewayUnitRenderer.UNIT_NAME,
                Expectations.DEFAULT_GATEWAY_PORT, "/etc/ssh/sshd_config");
    }

    /** The defaults with the blueprint's gateway port. */
    public static HostLayout forBlueprint(Blueprint blueprint) {
        return defaults().withGatewayPort(blueprint.agent().port());
    }

    public HostLayout withGatewayPort(int port) {
        return new HostLayout(agentUser, stateDir, configFile, credentialDir, tokenFile, unit, port, sshdConfig);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
