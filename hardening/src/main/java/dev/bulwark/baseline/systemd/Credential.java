package dev.bulwark.baseline.systemd;

import dev.bulwark.baseline.agent.AgentLayout;

import java.util.regex.Pattern;

/**
 * A secret the gateway reads, by name only: the systemd credential it arrives as and the environment variable
 * the agent expects it in. The value is written by {@code bulwark deploy} to {@link #sourcePath()}.
 */
public record Credential(String name, String variable) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");
    private static final Pattern VARIABLE = Pattern.compile("[A-Z_][A-Z0-9_]{0,63}");

    public static final Credential GATEWAY_TOKEN = new Credential("gateway-token", "OPENCLAW_GATEWAY_TOKEN");

    public Credential {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("credential name '" + name + "' must match " + NAME.pattern());
        }
        if (variable == null || !VARIABLE.matcher(variable).matches()) {
            throw new IllegalArgumentException("environment variable '" + variable + "' for credential " + name
                    + " must match " + VARIABLE.pattern() + "; fix secrets.providerKeys[].env in the blueprint");
        }
    }

    /** The credential for a provider key: {@code provider-<provider>}. */
    public static Credential forProvider(String provider, String variable) {
        return new Credential("provider-" + provider, variable);
    }

    public String sourcePath() {
        return AgentLayout.CREDENTIALS_DIR + "/" + name;
    }
}
