package dev.bulwark.audit;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.JSchUnknownHostKeyException;
import com.jcraft.jsch.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;

/**
 * A logged-in SSH session to the audited host. Host-key checking is always strict: the key must already be in the
 * given known_hosts file, so a host whose key is unknown or changed gets no login attempt at all.
 */
public final class SshRemoteShell implements RemoteShell, AutoCloseable {
    /** Enough for {@code sshd -T}, {@code nft list ruleset} and an audit's JSON; the rest is dropped. */
    static final int OUTPUT_CAP = 256 * 1024;
    private final Session session;

    private SshRemoteShell(Session session) {
        this.session = session;
    }

    /** Logs in with the key, checking the host key against the pinned known_hosts; fails with what to fix. */
    public static SshRemoteShell connect(HostLogin login, Duration timeout) throws HostLoginException {
        if (!Files.isReadable(login.knownHosts())) {
            throw new HostLoginException(HostLoginException.Kind.LOCAL_FILE, "known_hosts file " + login.knownHosts()
                    + " is not readable; pin the host key there first (ssh-keyscan, or Lightsail "
                    + "GetInstanceAccessDetails hostKeys)");
        }
        if (!Files.isReadable(login.identity())) {
            throw new HostLoginException(HostLoginException.Kind.LOCAL_FILE, "identity file " + login.identity()
                    + " is not readable; give the deployer's private key file");
        }
        JSch jsch = new JSch();
        byte[] passphrase = login.passphrase().map(s -> s.reveal().getBytes(StandardCharsets.UTF_8)).orElse(null);
        try {
            jsch.setKnownHosts(login.knownHosts().toString());
            jsch.addIdentity(login.identity().toString(), passphrase);
        } catch (JSchException e) {
            throw new HostLoginException(HostLoginException.Kind.LOCAL_FILE, "cannot use identity " + login.identity()
                    + " or known_hosts " + login.knownHosts() + ": " + e.getMessage()
                    + " (an encrypted key needs BULWARK_SSH_PASSPHRASE or --passphrase-stdin)");
        } finally {
            if (passphrase != null) {
                Arrays.fill(passphrase, (byte) 0);
            }
        }
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        try {
            Session session = jsch.getSession(login.user(), login.endpoint().host(), login.endpoint().port());
            session.setConfig("StrictHostKeyChecking", "yes");
            session.setConfig("PreferredAuthentications", "publickey");
            session.setTimeout(millis);
            session.connect(millis);
            return new SshRemoteShell(session);
        } catch (JSchUnknownHostKeyException e) {
            throw new HostLoginException(HostLoginException.Kind.HOST_KEY, "the host key of " + login.endpoint()
                    + " is not in " + login.knownHosts() + "; refusing to log in. Pin the key from a trusted source "
                    + "(Lightsail GetInstanceAccessDetails hostKeys, or the console) and try again");
        } catch (JSchException e) {
            throw classify(e, login);
        }
    }

    private static HostLoginException classify(JSchException e, HostLogin login) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("HostKey has been changed") || message.contains("reject HostKey")) {
            return new HostLoginException(HostLoginException.Kind.HOST_KEY, "the host key of " + login.endpoint()
                    + " does not match the one pinned in " + login.knownHosts() + ": this may be a man in the "
                    + "middle, or the instance was replaced. Refusing to log in; re-pin only from a trusted source");
        }
        if (message.startsWith("Auth fail") || message.startsWith("Auth cancel")) {
            return new HostLoginException(HostLoginException.Kind.AUTHENTICATION, "the server did not accept key "
                    + login.identity() + " for user '" + login.user() + "'; check --user and --identity");
        }
        return new HostLoginException(HostLoginException.Kind.UNREACHABLE, "cannot reach " + login.endpoint() + " ("
                + Untrusted.text(message, 200) + "); check the address, the port and the firewall");
    }

    @Override
    public CommandResult run(String command, Duration timeout) throws IOException, InterruptedException {
        long millis = Math.max(1, timeout.toMillis());
        long end = System.nanoTime() + millis * 1_000_000;
        ChannelExec channel;
        try {
            channel = (ChannelExec) session.openChannel("exec");
        } catch (JSchException e) {
            throw new IOException("cannot open a channel: " + e.getMessage(), e);
        }
        CappedOutput out = new CappedOutput(OUTPUT_CAP);
        CappedOutput err = new CappedOutput(OUTPUT_CAP / 4);
        try {
            channel.setCommand(command);
            channel.setInputStream(null);
            channel.setOutputStream(out, false);
            channel.setErrStream(err, false);
            channel.connect((int) Math.min(Integer.MAX_VALUE, millis));
            // JSch closes stdout at the remote EOF and stderr when the channel closes, after the exit status.
            boolean done = out.awaitClosed(remaining(end)) && err.awaitClosed(remaining(end));
            if (!done) {
                return new CommandResult(-1, out.text(), err.text(), out.truncated(), true);
            }
            return new CommandResult(channel.getExitStatus(), out.text(), err.text(), out.truncated(), false);
        } catch (JSchException e) {
            throw new IOException("cannot run a command: " + e.getMessage(), e);
        } finally {
            channel.disconnect();
        }
    }

    private static long remaining(long endNanos) {
        return Math.max(1, (endNanos - System.nanoTime()) / 1_000_000);
    }

    @Override
    public void close() {
        session.disconnect();
    }
}
