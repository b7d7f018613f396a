package dev.bulwark.acceptance.ssh;

import dev.bulwark.testing.Requirement;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The real OpenSSH server (Debian's {@code openssh-server}) on a loopback port, with a configuration the test writes:
 * host keys generated with ssh-keygen, no PAM, keys from a file in the test's directory. Started in the
 * foreground ({@code sshd -D -e}); ready when it logs "Server listening".
 */
final class OpenSshServer implements AutoCloseable {
    static final Path SSHD = Path.of("/usr/sbin/sshd");
    static final Path SSH_KEYGEN = Path.of("/usr/bin/ssh-keygen");
    static final Path SSH_AUDIT = Path.of("/usr/bin/ssh-audit");

    /** Modern algorithms only, public keys only: what the hardened policy asks for. */
    static final String HARDENED = String.join("\n",
            "PasswordAuthentication no",
            "KbdInteractiveAuthentication no",
            "PermitRootLogin prohibit-password",
            "DebianBanner no",
            "KexAlgorithms sntrup761x25519-sha512@openssh.com,curve25519-sha256,curve25519-sha256@libssh.org,"
                    + "diffie-hellman-group16-sha512,diffie-hellman-group18-sha512",
            "HostKeyAlgorithms ssh-ed25519,rsa-sha2-512,rsa-sha2-256",
            "Ciphers chacha20-poly1305@openssh.com,aes256-gcm@openssh.com,aes128-gcm@openssh.com,aes256-ctr,"
                    + "aes192-ctr,aes128-ctr",
            "MACs hmac-sha2-512-etm@openssh.com,hmac-sha2-256-etm@openssh.com,umac-128-etm@openssh.com");

    /** Passwords, root login and legacy algorithms: a forgotten server. */
    static final String WEAK = String.join("\n",
            "PasswordAuthentication yes",
            "PermitRootLogin yes",
            "KexAlgorithms +diffie-hellman-group1-sha1,diffie-hellman-group14-sha1",
            "HostKeyAlgorithms +ssh-rsa",
            "Ciphers +3des-cbc,aes128-cbc",
            "MACs +hmac-sha1,hmac-md5");

    final int port;
    final Path config;
    final Path dir;
    private final Process process;

    private OpenSshServer(int port, Path config, Path dir, Process process) {
        this.port = port;
        this.config = config;
        this.dir = dir;
        this.process = process;
    }

    /** Skips the test when sshd cannot run here, unless BULWARK_REQUIRE_ACCEPTANCE=1 (CI), where it fails. */
    static void assumeAvailable() {
        Requirement.require(Files.isExecutable(SSHD), Requirement.Component.SSHD, "OpenSSH server (" + SSHD + ")");
        Requirement.require("root".equals(System.getProperty("user.name")), Requirement.Component.SSHD,
                "root, which sshd on a loopback port with its own host keys needs here");
    }

    /** Starts sshd with {@code settings} plus the fixed part (loopback, keys in {@code dir}, no PAM). */
    static OpenSshServer start(Path dir, String settings) throws Exception {
        Files.createDirectories(dir);
        Path ed25519 = hostKey(dir, "ed25519");
        Path rsa = hostKey(dir, "rsa");
        int port = freePort();
        Path config = dir.resolve("sshd_config");
        Files.writeString(config, String.join("\n",
                "ListenAddress 127.0.0.1",
                "Port " + port,
                "HostKey " + ed25519,
                "HostKey " + rsa,
                "PidFile none",
                "UsePAM no",
                // The test's key files live under /tmp, which StrictModes would refuse as world-writable.
                "StrictModes no",
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                settings) + "\n");
        Files.createDirectories(Path.of("/run/sshd"));
        Process process = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", config.toString())
                .redirectErrorStream(true).start();
        CompletableFuture<Void> listening = new CompletableFuture<>();
        List<String> log = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    synchronized (log) {
                        log.add(line);
                    }
                    if (line.contains("Server listening")) {
                        listening.complete(null);
                    }
                }
                listening.completeExceptionally(new IOException("sshd exited: " + log));
            } catch (IOException e) {
                listening.completeExceptionally(e);
            }
        }, "sshd-log");
        reader.setDaemon(true);
        reader.start();
        try {
            listening.get(20, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            process.destroyForcibly();
            throw new AssertionError("sshd did not start listening within 20s: " + log, e);
        }
        return new OpenSshServer(port, config, dir, process);
    }

    String address() {
        return "127.0.0.1:" + port;
    }

    /** {@code [127.0.0.1]:PORT ssh-ed25519 AAAA...}: the host key pinned from the generated key file. */
    String knownHostsLine() throws IOException {
        String[] pub = Files.readString(dir.resolve("ssh_host_ed25519_key.pub")).trim().split("\\s+");
        return "[127.0.0.1]:" + port + " " + pub[0] + " " + pub[1];
    }

    /** A fresh ed25519 user key (no passphrase) whose public half is authorized; returns the private key path. */
    Path authorizeNewKey() throws Exception {
        Path key = dir.resolve("id_ed25519");
        run(SSH_KEYGEN.toString(), "-q", "-t", "ed25519", "-N", "", "-C", "bulwark-it", "-f", key.toString());
        Files.copy(dir.resolve("id_ed25519.pub"), dir.resolve("authorized_keys"));
        return key;
    }

    private static Path hostKey(Path dir, String type) throws Exception {
        Path key = dir.resolve("ssh_host_" + type + "_key");
        if (!Files.exists(key)) {
            List<String> cmd = new ArrayList<>(List.of(SSH_KEYGEN.toString(), "-q", "-t", type, "-N", "", "-f",
                    key.toString()));
            if (type.equals("rsa")) {
                cmd.addAll(List.of("-b", "3072"));
            }
            run(cmd.toArray(String[]::new));
        }
        return key;
    }

    static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
