package dev.bulwark.baseline;

import dev.bulwark.baseline.agent.AgentLayout;
import dev.bulwark.baseline.agent.NodeRuntime;
import dev.bulwark.baseline.systemd.GatewayUnitRenderer;
import dev.bulwark.blueprint.Blueprint;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the rendered baseline into the POSIX shell script that installs it: packages, the files (each in a
 * quoted heredoc, so nothing in them is expanded), users, Node and npm checked against their SHA-256, the pinned agent with
 * install scripts off, then each service after its own config check ({@code sshd -t}, {@code nft -c},
 * {@code nginx -t}).
 */
public final class InstallScriptRenderer {
    static final String DELIMITER = "BULWARK_EOF";
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}");
    private static final Pattern PUBLIC_KEY = Pattern.compile("(ssh|ecdsa|sk)-[A-Za-z0-9@.-]+ [A-Za-z0-9+/=]+( [^'\\n\\\\]*)?");
    private static final Template SCRIPT = Template.of(InstallScriptRenderer.class, "install-baseline.sh");

    public String render(Blueprint blueprint, RenderedBaseline baseline, NodeRuntime runtime) {
        String version = blueprint.agent().version();
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("agent.version '" + version
                    + "' must be an exact version like 2026.9.6 to be installed; fix it in the blueprint");
        }
        return SCRIPT.render(Map.ofEntries(
                Map.entry("name", blueprint.name()),
                Map.entry("agentVersion", version),
                Map.entry("nodeVersion", runtime.node().version()),
                Map.entry("files", files(baseline)),
                Map.entry("adminUser", blueprint.admin().user()),
                Map.entry("adminSetup", adminSetup(blueprint)),
                Map.entry("nodeFile", runtime.node().fileName()),
                Map.entry("nodeUrl", runtime.node().url()),
                Map.entry("nodeSha256", runtime.node().sha256()),
                Map.entry("nodeDir", AgentLayout.NODE_DIR),
                Map.entry("npmVersion", runtime.npm().version()),
                Map.entry("npmFile", runtime.npm().fileName()),
                Map.entry("npmUrl", runtime.npm().url()),
                Map.entry("npmSha256", runtime.npm().sha256()),
                Map.entry("npmDir", AgentLayout.NPM_DIR),
                Map.entry("serviceUser", AgentLayout.SERVICE_USER),
                Map.entry("stateDir", AgentLayout.STATE_DIR),
                Map.entry("credentialsDir", AgentLayout.CREDENTIALS_DIR),
                Map.entry("installDir", AgentLayout.INSTALL_DIR),
                Map.entry("unitName", GatewayUnitRenderer.UNIT_NAME),
                Map.entry("agentRecord", HostBaseline.AGENT_RECORD_PATH)));
    }

    private static String files(RenderedBaseline baseline) {
        StringBuilder out = new StringBuilder();
        for (BaselineFile f : baseline.files()) {
            if (f.content().lines().anyMatch(DELIMITER::equals)) {
                throw new IllegalStateException(f.path() + " contains the heredoc delimiter " + DELIMITER);
            }
            String dir = f.path().substring(0, f.path().lastIndexOf('/'));
            out.append("install -d -m 0755 ").append(dir).append('\n')
                    .append("cat > ").append(f.path()).append(" <<'").append(DELIMITER).append("'\n")
                    .append(f.content())
                    .append(DELIMITER).append('\n')
                    .append("chown ").append(f.owner()).append(' ').append(f.path()).append('\n')
                    .append("chmod ").append(f.mode()).append(' ').append(f.path()).append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** Creates the admin user when the image does not have it, and installs its public key when one is given. */
    private static String adminSetup(Blueprint blueprint) {
        String user = blueprint.admin().user();
        StringBuilder out = new StringBuilder()
                .append("if ! id -u ").append(user).append(" >/dev/null 2>&1; then\n")
                .append("    useradd --create-home --shell /bin/bash --groups sudo ").append(user).append('\n')
                .append("    echo '").append(user).append(" ALL=(ALL) NOPASSWD:ALL' > /etc/sudoers.d/90-bulwark-admin\n")
                .append("    chmod 0440 /etc/sudoers.d/90-bulwark-admin\n")
                .append("fi");
        blueprint.admin().publicKey().ifPresent(key -> {
            if (!PUBLIC_KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("admin.publicKey is not a single OpenSSH public key line;"
                        + " paste the .pub file's content into the blueprint");
            }
            out.append('\n')
                    .append("admin_home=$(getent passwd ").append(user).append(" | cut -d: -f6)\n")
                    .append("install -d -m 0700 -o ").append(user).append(" -g ").append(user)
                    .append(" \"$admin_home/.ssh\"\n")
                    .append("touch \"$admin_home/.ssh/authorized_keys\"\n")
                    .append("grep -qxF '").append(key).append("' \"$admin_home/.ssh/authorized_keys\" || echo '")
                    .append(key).append("' >> \"$admin_home/.ssh/authorized_keys\"\n")
                    .append("chown ").append(user).append(':').append(user)
                    .append(" \"$admin_home/.ssh/authorized_keys\"\n")
                    .append("chmod 0600 \"$admin_home/.ssh/authorized_keys\"");
        });
        return out.toString();
    }
}
