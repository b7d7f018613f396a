package dev.bulwark.baseline;

import dev.bulwark.blueprint.Agent;

import java.util.regex.Pattern;

/**
 * Renders the instance launch script: a placeholder that only records which agent the host is meant to run,
 * because the real host baseline is applied after create by {@code bulwark deploy} over SSH.
 *
 * <p>Lightsail does not hand user data to cloud-init as-is: it appends it to its own {@code /bin/sh} launch
 * script (the one that installs the Lightsail SSH CA), so a {@code #cloud-config} document would run as shell
 * lines. The output is therefore a POSIX shell fragment without a shebang, on a single line: Terraform's
 * provider documents Lightsail user data as "a single lined string", and one line reads the same whether
 * Lightsail keeps or joins line breaks.
 *
 * <p>User data is stored in the CloudFormation template and is readable by anything on the host through the
 * instance metadata service, so it never carries a secret: this class takes no {@code Secret}, accepts only
 * identifier-shaped values, and refuses anything else instead of quoting it.
 */
public final class UserDataRenderer {
    /** Where the launch script records the intended agent; the baseline reads and replaces it. */
    public static final String AGENT_FILE = "/etc/bulwark/agent.env";

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}");

    /**
     * @throws IllegalArgumentException if the kind or version is not identifier-shaped (they are written into
     *                                  a shell script, so nothing else is accepted)
     */
    public String render(Agent agent) {
        String kind = requireShape("agent.kind", agent.kind(), KIND);
        String version = requireShape("agent.version", agent.version(), VERSION);
        return "mkdir -p /etc/bulwark"
                + " && printf '%s\\n' 'BULWARK_AGENT_KIND=" + kind + "' 'BULWARK_AGENT_VERSION=" + version
                + "' 'BULWARK_BASELINE=pending' > " + AGENT_FILE
                + " && chmod 0644 " + AGENT_FILE
                + " # bulwark placeholder: records the agent only; bulwark deploy applies the baseline; no secrets\n";
    }

    private static String requireShape(String field, String value, Pattern shape) {
        if (value == null || !shape.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must match " + shape.pattern()
                    + " to be written into the launch script; fix it in the blueprint");
        }
        return value;
    }
}
