package dev.bulwark.deploy.hostsecrets;

import dev.bulwark.baseline.ssh.LightsailLogin;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintLoader;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Lightsail host as {@code bulwark tunnel} and secret delivery meet it, on loopback: a real sshd running the host
 * baseline's rendered drop-in for {@code gatewayPort} (forwarding for Lightsail's login user to that port only),
 * trusting only a user CA made here, and the {@link AccessDetailsLightsail} seam double that hands out a login key
 * with a certificate that CA signed for this user (as Lightsail's own CA does).
 */
public final class LightsailHostOnLoopback implements AutoCloseable {
    private final LoopbackSshd sshd;
    private final AccessDetailsLightsail lightsail;

    private LightsailHostOnLoopback(LoopbackSshd sshd, AccessDetailsLightsail lightsail) {
        this.sshd = sshd;
        this.lightsail = lightsail;
    }

    /** Skips the test with its reason where sshd or ssh-keygen is missing (fails under BULWARK_REQUIRE_ACCEPTANCE). */
    public static LightsailHostOnLoopback start(Path dir, int gatewayPort) throws Exception {
        String user = System.getProperty("user.name");
        LoopbackSshd sshd = LoopbackSshd.start(dir, LoopbackSshd.renderedBaseline(dir, dir.resolve("ca.pub"),
                new LightsailLogin(user, "ssh-rsa"), "ops", gatewayPort));
        LoopbackSshd.exec(LoopbackSshd.SSH_KEYGEN, "-q", "-t", "ed25519", "-N", "", "-f", dir.resolve("ca").toString());
        LoopbackSshd.signedLogin(dir, "rsa", "+10m");
        String[] host = sshd.hostPublicKey().split(" ");
        return new LightsailHostOnLoopback(sshd, new AccessDetailsLightsail(user, Files.readString(dir.resolve("login")),
                Files.readString(dir.resolve("login-cert.pub")).strip(), host[0], host[1]));
    }

    /** A private instance blueprint whose gateway listens on {@code agentPort}, admin SSH from 198.51.100.0/24. */
    public static Blueprint privateBlueprint(Path dir, int agentPort) throws Exception {
        Path file = Files.writeString(dir.resolve("private.yaml"), String.join("\n", "name: tunnel-test",
                "region: us-east-1", "agent:", "  version: 2026.9.6", "  port: " + agentPort,
                "domain:", "  name: agent.example.com", "admin:", "  deployCidrs: [198.51.100.0/24]", ""));
        return new BlueprintLoader().load(file);
    }

    public AccessDetailsLightsail lightsail() {
        return lightsail;
    }

    public int sshPort() {
        return sshd.port();
    }

    /** The server side dies at once, as when the instance stops. */
    public void kill() throws InterruptedException {
        sshd.kill();
    }

    @Override
    public void close() throws InterruptedException {
        sshd.close();
    }
}
