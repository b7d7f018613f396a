package dev.bulwark.deploy.hostsecrets;

import dev.bulwark.baseline.ssh.LightsailLogin;
import dev.bulwark.baseline.ssh.SshdConfigRenderer;
import dev.bulwark.blueprint.Admin;
import dev.bulwark.testing.Requirement;
import software.amazon.awssdk.services.lightsail.model.HostKeyAttributes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real OpenSSH server on loopback for one test, with its own host key and the caller's authentication lines.
 * Skips the test with its reason where sshd or ssh-keygen is not installed.
 */
final class LoopbackSshd implements AutoCloseable {
    static final String SSH_KEYGEN = "/usr/bin/ssh-keygen";

    private final Process sshd;
    private final int port;
    private final String hostPublicKey;

    private LoopbackSshd(Process sshd, int port, String hostPublicKey) {
        this.sshd = sshd;
        this.port = port;
        this.hostPublicKey = hostPublicKey;
    }

    /** @param authentication sshd_config lines saying whom to let in (AuthorizedKeysFile, TrustedUserCAKeys...) */
    static LoopbackSshd start(Path dir, List<String> authentication) throws Exception {
        Requirement.require(Files.isExecutable(Path.of("/usr/sbin/sshd")), Requirement.Component.SSHD, "/usr/sbin/sshd");
        Requirement.require(Files.isExecutable(Path.of(SSH_KEYGEN)), Requirement.Component.SSHD, SSH_KEYGEN);
        Path privsep = Path.of("/run/sshd");
        if (!Files.isDirectory(privsep)) {
            try {
                Files.createDirectories(privsep);
            } catch (IOException e) {
                Requirement.missing(Requirement.Component.SSHD, "/run/sshd, which sshd needs and this user cannot "
                        + "create (" + e.getMessage() + ")");
            }
        }
        exec(SSH_KEYGEN, "-q", "-t", "ed25519", "-N", "", "-f", dir.resolve("host").toString());
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> lines = new ArrayList<>(List.of("Port " + port, "ListenAddress 127.0.0.1",
                "HostKey " + dir.resolve("host"), "PidFile " + dir.resolve("sshd.pid"),
                "PasswordAuthentication no", "KbdInteractiveAuthentication no", "PubkeyAuthentication yes",
                "StrictModes no", "UsePAM no", "LogLevel INFO"));
        lines.addAll(authentication);
        lines.add("");
        Path config = Files.writeString(dir.resolve("sshd_config"), String.join("\n", lines));
        Process sshd = new ProcessBuilder("/usr/sbin/sshd", "-D", "-e", "-f", config.toString())
                .redirectErrorStream(true).start();
        BufferedReader log = new BufferedReader(new InputStreamReader(sshd.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = log.readLine()) != null && !line.contains("Server listening on")) {
            // sshd prints this once it accepts connections; anything before it is start-up noise
        }
        if (line == null) {
            sshd.destroy();
        }
        Requirement.require(line != null, Requirement.Component.SSHD, "a running sshd (it exited at start-up)");
        Thread drain = new Thread(() -> log.lines().forEach(l -> { }), "sshd-log");
        drain.setDaemon(true);
        drain.start();
        return new LoopbackSshd(sshd, port, Files.readString(dir.resolve("host.pub")).strip());
    }

    /**
     * sshd_config lines that run the host baseline's rendered drop-in (its host keys aside: the test's own stands
     * in) and trust only {@code ca}'s user certificates. As root, {@code PermitRootLogin yes} comes before the
     * drop-in (sshd keeps the first value), since root is then the only user sshd can log in here.
     */
    static List<String> renderedBaseline(Path dir, Path ca, LightsailLogin lightsail, String adminUser,
            int gatewayPort) throws IOException {
        String dropIn = new SshdConfigRenderer().render(new Admin(List.of(), List.of(), Optional.empty(), adminUser),
                lightsail, gatewayPort).content().lines().filter(line -> !line.startsWith("HostKey "))
                .collect(Collectors.joining("\n", "", "\n"));
        Path dropInFile = Files.writeString(dir.resolve("01-bulwark-hardening.conf"), dropIn);
        List<String> lines = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            lines.add("PermitRootLogin yes");
        }
        lines.addAll(List.of("TrustedUserCAKeys " + ca, "AuthorizedKeysFile none", "Include " + dropInFile));
        return lines;
    }

    /**
     * A login key of {@code keyType} in {@code dir/login} (RSA in PEM, as Lightsail hands out) and its user
     * certificate {@code dir/login-cert.pub}, signed by the CA key {@code dir/ca} for this user, valid
     * {@code validity} (ssh-keygen's {@code -V}, e.g. {@code +10m}).
     */
    static void signedLogin(Path dir, String keyType, String validity) throws Exception {
        Path key = dir.resolve("login");
        List<String> generate = new ArrayList<>(List.of(SSH_KEYGEN, "-q", "-t", keyType, "-N", "", "-f",
                key.toString()));
        if ("rsa".equals(keyType)) {
            generate.addAll(List.of("-b", "3072", "-m", "PEM"));
        }
        exec(generate.toArray(String[]::new));
        exec(SSH_KEYGEN, "-q", "-s", dir.resolve("ca").toString(), "-I", "bulwark-test", "-n",
                System.getProperty("user.name"), "-V", validity, key + ".pub");
    }

    static void exec(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0,
                () -> String.join(" ", command) + ": " + output);
    }

    int port() {
        return port;
    }

    String hostPublicKey() {
        return hostPublicKey;
    }

    /** known_hosts lines pinning {@code publicKeyLine} the way deploy pins Lightsail's reported host keys. */
    List<String> pinned(String publicKeyLine) {
        String[] parts = publicKeyLine.split(" ");
        return HostKeyPins.knownHosts("127.0.0.1", port, List.of(HostKeyAttributes.builder()
                .algorithm(parts[0]).publicKey(parts[1]).build()));
    }

    /**
     * The server side dies at once, as when the instance stops: the listener and every per-connection sshd
     * (which outlive the listener on an orderly stop) are killed.
     */
    void kill() throws InterruptedException {
        sshd.descendants().forEach(ProcessHandle::destroyForcibly);
        sshd.destroyForcibly();
        sshd.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        sshd.destroy();
        sshd.waitFor(10, TimeUnit.SECONDS);
    }
}
