package dev.bulwark.deploy.hostsecrets;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import dev.bulwark.baseline.agent.AgentLayout;
import dev.bulwark.baseline.systemd.GatewayUnitRenderer;
import dev.bulwark.deploy.DeployException;
import dev.bulwark.secret.Secret;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Delivers credentials over SSH with the host key pinned (strict checking, no trust on first use). Each value
 * travels on the exec channel's stdin into {@code install -m 0400}, never on a command line, so it shows in no
 * process list and no shell history on either side.
 */
public final class JschCredentialDelivery implements CredentialDelivery {
    /** Where the host baseline's unit reads its credentials from ({@code LoadCredential=}). */
    public static final String DEFAULT_DIRECTORY = AgentLayout.CREDENTIALS_DIR;
    public static final String DEFAULT_UNIT = GatewayUnitRenderer.UNIT_NAME;
    private static final String STATUS_MARKER = "bulwark-exit:";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final String directory;
    private final String owner;
    private final String restartCommand;
    private final Duration timeout;

    /**
     * @param directory      credential directory on the host
     * @param owner          {@code user:group} owning each file
     * @param restartCommand what makes the gateway pick the credentials up
     */
    public JschCredentialDelivery(String directory, String owner, String restartCommand, Duration timeout) {
        this.directory = directory;
        this.owner = owner;
        this.restartCommand = restartCommand;
        this.timeout = timeout;
    }

    /** The host baseline's layout: root-owned 0400 files, then a restart of the gateway unit (via sudo). */
    public static JschCredentialDelivery standard() {
        return new JschCredentialDelivery(DEFAULT_DIRECTORY, "root:root",
                "sudo systemctl restart " + DEFAULT_UNIT, Duration.ofSeconds(30));
    }

    @Override
    public void deliver(SshTarget target, Map<String, Secret> credentials) {
        credentials.keySet().forEach(JschCredentialDelivery::requireName);
        Session session = null;
        try {
            session = JschSessions.connect(target, timeout);
            String sudo = owner.startsWith("root") && !"root".equals(target.user()) ? "sudo " : "";
            for (Map.Entry<String, Secret> credential : credentials.entrySet()) {
                String[] ownerGroup = owner.split(":");
                run(session, sudo + "install -D -m 0400 -o " + ownerGroup[0] + " -g " + ownerGroup[1]
                        + " /dev/stdin " + directory + "/" + credential.getKey(), credential.getValue());
            }
            run(session, restartCommand, null);
        } catch (JSchException e) {
            throw DeployException.environment("SSH to " + target.host() + ":" + target.port() + " failed ("
                    + e.getMessage() + "): check that the instance runs and its host key matches the one Lightsail"
                    + " reported, then run deploy again");
        } finally {
            if (session != null) {
                session.disconnect();
            }
        }
    }

    private void run(Session session, String command, Secret stdin) throws JSchException {
        ChannelExec channel = (ChannelExec) session.openChannel("exec");
        try {
            // The status is printed after the command, so it is known at end of output: JSch delivers the SSH
            // exit-status message only some time after EOF, which would need a polling loop.
            channel.setCommand(command + "; printf '\\n" + STATUS_MARKER + "%s\\n' $?");
            InputStream out = channel.getInputStream();
            InputStream err = channel.getErrStream();
            OutputStream in = channel.getOutputStream();
            channel.connect((int) timeout.toMillis());
            if (stdin != null) {
                in.write(stdin.reveal().getBytes(StandardCharsets.UTF_8));
            }
            in.close();
            String output = new String(out.readAllBytes(), StandardCharsets.UTF_8); // end of stream: command done
            String errors = new String(err.readAllBytes(), StandardCharsets.UTF_8).strip();
            int status = statusIn(output);
            if (status != 0) {
                throw DeployException.environment("on the host, '" + command + "' failed (exit " + status + "): "
                        + errors + "; check the host baseline is installed, then run deploy again");
            }
        } catch (IOException e) {
            throw DeployException.environment("SSH channel broke during '" + command + "': " + e.getMessage()
                    + "; run deploy again");
        } finally {
            channel.disconnect();
        }
    }

    /** The status printed after the command; -1 when it never came (the connection dropped). */
    static int statusIn(String output) {
        int at = output.lastIndexOf(STATUS_MARKER);
        if (at < 0) {
            return -1;
        }
        try {
            return Integer.parseInt(output.substring(at + STATUS_MARKER.length()).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void requireName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw DeployException.usage("credential name '" + name + "' must be letters, digits, '_' or '-'");
        }
    }
}
