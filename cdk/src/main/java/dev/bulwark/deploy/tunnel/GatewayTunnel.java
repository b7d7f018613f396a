package dev.bulwark.deploy.tunnel;

import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.deploy.Console;
import dev.bulwark.deploy.DeployException;
import dev.bulwark.deploy.aws.AwsErrors;
import dev.bulwark.deploy.hostsecrets.DeployNetworks;
import dev.bulwark.deploy.hostsecrets.HostKeyPins;
import dev.bulwark.deploy.hostsecrets.JschSessions;
import dev.bulwark.deploy.hostsecrets.SshTarget;
import dev.bulwark.deploy.hostsecrets.SshWindow;
import dev.bulwark.secret.Secret;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.lightsail.model.InstanceAccessDetails;
import software.amazon.awssdk.services.lightsail.model.InstanceAccessProtocol;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code bulwark tunnel}: the operator's way to a private gateway. Opens port 22 to the operator's one address
 * ({@link SshWindow}, as deploy does), logs in with Lightsail's short-lived certificate and the host key Lightsail
 * witnessed, and forwards a port on the operator's loopback to the gateway's loopback port. Closes the forward
 * and revokes the window when stopped, when the connection is lost, or at the timeout.
 */
public final class GatewayTunnel {
    private static final String LOOPBACK = "127.0.0.1";
    private static final long POLL_MILLIS = 250;
    private static final int KEEPALIVE_MILLIS = 15_000;
    private static final int KEEPALIVES_MISSED = 3;

    private final LightsailClient lightsail;
    private final Console console;

    public GatewayTunnel(LightsailClient lightsail, Console console) {
        this.lightsail = lightsail;
        this.console = console;
    }

    /**
     * Runs the tunnel until {@code stop} is counted down, the connection drops or the timeout passes.
     *
     * @param opened counted down once the local port listens (tests and the command wait on it)
     */
    public TunnelEnd run(Blueprint blueprint, TunnelSettings settings, CountDownLatch stop, CountDownLatch opened) {
        String instance = blueprint.name();
        DeployNetworks.requireInside(blueprint.admin(), settings.deployerCidr(), blueprint.file());
        InstanceAccessDetails access = accessDetails(instance);
        List<String> knownHosts = HostKeyPins.knownHosts(access.ipAddress(), settings.sshPort(), access.hostKeys());
        if (knownHosts.isEmpty()) {
            throw DeployException.environment("Lightsail reported no host keys for " + instance
                    + ", so the host cannot be verified: wait a minute after the instance started and run tunnel again");
        }
        SshTarget target = new SshTarget(access.ipAddress(), settings.sshPort(), access.username(), knownHosts,
                Secret.of(access.privateKey()), Optional.ofNullable(access.certKey()));
        int gatewayPort = blueprint.agent().port();
        int localPort = settings.localPort().orElse(gatewayPort);
        try (SshWindow window = SshWindow.open(lightsail, console, instance, settings.deployerCidr(),
                "the tunnel")) {
            Session session = connect(target);
            try {
                int bound = forward(session, localPort, gatewayPort);
                console.line("Control UI of " + instance + ": http://" + LOOPBACK + ":" + bound + "/ (listening on"
                        + " " + LOOPBACK + " only). Ctrl-C closes the tunnel and SSH again; it closes by itself"
                        + " after " + settings.timeout().toMinutes() + " min.");
                opened.countDown();
                TunnelEnd end = await(session, stop, settings.timeout());
                console.line(switch (end) {
                    case STOPPED -> "Closing the tunnel.";
                    case CONNECTION_LOST -> "The SSH connection was lost; closing the tunnel.";
                    case TIMED_OUT -> "The tunnel's time is up; closing it.";
                });
                return end;
            } finally {
                session.disconnect();
            }
        } finally {
            target.privateKey().destroy();
        }
    }

    private Session connect(SshTarget target) {
        try {
            Session session = JschSessions.connect(target, TunnelSettings.CONNECT_TIMEOUT);
            session.setServerAliveInterval(KEEPALIVE_MILLIS);
            session.setServerAliveCountMax(KEEPALIVES_MISSED);
            return session;
        } catch (JSchException e) {
            throw DeployException.environment("SSH to " + target.host() + ":" + target.port() + " failed ("
                    + e.getMessage() + "): check that the instance runs and that its host firewall admits your"
                    + " address (admin.sshCidrs or admin.deployCidrs)");
        }
    }

    private static int forward(Session session, int localPort, int gatewayPort) {
        try {
            return session.setPortForwardingL(LOOPBACK, localPort, LOOPBACK, gatewayPort);
        } catch (JSchException e) {
            throw DeployException.usage("local port " + localPort + " on " + LOOPBACK + " cannot be used ("
                    + e.getMessage() + "): pass --local-port with a free port, or 0 for any");
        }
    }

    private static TunnelEnd await(Session session, CountDownLatch stop, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!stop.await(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (!session.isConnected()) {
                    return TunnelEnd.CONNECTION_LOST;
                }
                if (System.nanoTime() - deadline >= 0) {
                    return TunnelEnd.TIMED_OUT;
                }
            }
            return TunnelEnd.STOPPED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return TunnelEnd.STOPPED;
        }
    }

    private InstanceAccessDetails accessDetails(String instance) {
        try {
            return lightsail.getInstanceAccessDetails(b -> b.instanceName(instance)
                    .protocol(InstanceAccessProtocol.SSH)).accessDetails();
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "getting SSH access details for " + instance);
        }
    }
}
