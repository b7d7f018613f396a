package dev.bulwark.baseline.agent;

/** Where the agent lives on the instance; the unit, the config and the install script share these paths. */
public final class AgentLayout {
    /** The dedicated system user: no shell, no sudo, owns only the state directory. */
    public static final String SERVICE_USER = "openclaw";
    public static final String STATE_DIR_NAME = "openclaw";
    public static final String STATE_DIR = "/var/lib/" + STATE_DIR_NAME;
    /** Read-only to the service (ProtectSystem=strict): the agent cannot rewrite its own hardening. */
    public static final String CONFIG_PATH = "/etc/openclaw/openclaw.json";
    public static final String NODE_DIR = "/opt/bulwark/node";
    public static final String NPM_DIR = "/opt/bulwark/npm";
    public static final String INSTALL_DIR = "/opt/bulwark/openclaw";
    /** Started with the pinned node directly, so no {@code #!/usr/bin/env node} lookup decides which node runs it. */
    public static final String AGENT_ENTRY = INSTALL_DIR + "/node_modules/openclaw/openclaw.mjs";
    /**
     * The operator install policy OpenClaw runs before any skill or plugin install; root-owned and read-only so
     * neither the service nor a skill can loosen it (OpenClaw refuses a policy it could rewrite).
     */
    public static final String INSTALL_POLICY_PATH = "/opt/bulwark/policy/install-policy";
    /** Root-only directory {@code bulwark deploy} writes credential files into (mode 0700, files 0400). */
    public static final String CREDENTIALS_DIR = "/etc/bulwark/credentials";

    private AgentLayout() {
    }
}
