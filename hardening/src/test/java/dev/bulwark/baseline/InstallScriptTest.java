package dev.bulwark.baseline;

import dev.bulwark.baseline.agent.NodeRuntime;
import dev.bulwark.blueprint.Blueprint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the real install script with the real {@code sh}, {@code tar}, {@code sha256sum}, {@code awk} and
 * {@code sed}, with its absolute paths moved under a temporary root. Only the commands that would change the
 * machine (apt-get, systemctl, useradd, chown, curl, sysctl) and the service config checks are stand-ins that
 * record how they were called; the checks themselves are exercised on the real tools by the per-artifact tests.
 */
class InstallScriptTest {
    private static final Pattern ABSOLUTE = Pattern.compile("(?<=[\\s'\"=:])/(etc|opt|usr/local|var|home)/");
    private static final List<String> STUBS = List.of("apt-get", "systemctl", "useradd", "chown", "sysctl",
            "sshd", "nft", "nginx");

    @TempDir
    Path dir;
    private Path root;
    private Path calls;
    private Path stubs;
    private final Blueprint blueprint = BaselineFixtures.withAdminNetworks();

    @BeforeEach
    void stubs() throws IOException {
        root = Files.createDirectories(dir.resolve("root"));
        calls = dir.resolve("calls.log");
        stubs = Files.createDirectories(dir.resolve("stubs"));
        for (String name : STUBS) {
            stub(name, "echo \"" + name + " $*\" >> " + calls + "\n");
        }
        // The image has the admin user, not the agent user.
        stub("id", "echo \"id $*\" >> " + calls + "\n[ \"$2\" = ubuntu ]\n");
        stub("getent", "echo \"ubuntu:x:1000:1000::" + root + "/home/ubuntu:/bin/bash\"\n");
        // install -o/-g needs root; the stand-in drops ownership and keeps everything else.
        stub("install", "echo \"install $*\" >> " + calls + "\nargs=''\nskip=0\nfor a in \"$@\"; do\n"
                + "  if [ $skip = 1 ]; then skip=0; continue; fi\n"
                + "  case $a in -o|-g) skip=1 ;; *) args=\"$args $a\" ;; esac\ndone\n"
                + "# shellcheck disable=SC2086\nexec /usr/bin/install $args\n");
        // curl -fsSL ... -o FILE URL: serves the tarball prepared for the URL's file name.
        stub("curl", "echo \"curl $*\" >> " + calls + "\nout=''\nurl=''\nwhile [ $# -gt 0 ]; do\n"
                + "  case $1 in -o) out=$2; shift ;; https://*) url=$1 ;; esac\n  shift\ndone\n"
                + "cp \"" + dir.resolve("served") + "/${url##*/}\" \"$out\"\n");
        Files.createDirectories(root.resolve("etc/ssh"));
        Files.writeString(root.resolve("etc/ssh/moduli"), "20230101000000 2 6 100 2047 5 AA\n"
                + "20230101000000 2 6 100 3071 5 BB\n20230101000000 2 6 100 4095 5 CC\n");
        Files.createDirectories(root.resolve("etc/nginx/sites-enabled"));
        Files.writeString(root.resolve("etc/nginx/sites-enabled/default"), "server { listen 80 default_server; }\n");
        Files.createDirectories(dir.resolve("served"));
    }

    @Test
    void run_checkedDownloads_writesEveryFileAndActivatesEachServiceAfterItsCheck() throws Exception {
        String script = serveTarballs(true);

        RealTool.Result run = runScript(script);

        assertEquals(0, run.exitCode(), run.output());
        for (BaselineFile f : HostBaseline.withDefaultPolicy().render(blueprint).files()) {
            Path written = Path.of(root + f.path());
            String expected = moved(f.content());
            if (f.path().equals(HostBaseline.AGENT_RECORD_PATH)) {
                expected = expected.replace("BULWARK_BASELINE=pending", "BULWARK_BASELINE=applied");
            }
            assertEquals(expected, Files.readString(written), f.path());
            assertEquals(PosixFilePermissions.fromString(permissions(f.mode())),
                    Files.getPosixFilePermissions(written), f.path());
        }
        List<String> log = Files.readAllLines(calls);
        assertBefore(log, "sshd -t", "systemctl try-reload-or-restart ssh");
        assertBefore(log, "nft -c -f " + root + "/etc/nftables.conf", "systemctl restart nftables");
        assertBefore(log, "nginx -t", "systemctl reload-or-restart nginx");
        assertBefore(log, "useradd --system --user-group --home-dir " + root
                + "/var/lib/openclaw --no-create-home --shell /usr/sbin/nologin openclaw", "chown openclaw:openclaw");
        assertTrue(log.contains("systemctl restart openclaw-gateway.service"), String.join("\n", log));
        assertFalse(Files.exists(root.resolve("etc/nginx/sites-enabled/default")), "the stock site must go");
        assertEquals("20230101000000 2 6 100 3071 5 BB\n20230101000000 2 6 100 4095 5 CC\n",
                Files.readString(root.resolve("etc/ssh/moduli")), "moduli under 3072 bits removed");
        assertEquals(BaselineFixtures.PUBLIC_KEY + "\n", Files.readString(root.resolve("home/ubuntu/.ssh/authorized_keys")));
        String npm = Files.readString(dir.resolve("npm-args"));
        assertTrue(npm.contains("--ignore-scripts") && npm.contains("openclaw@2026.9.6"), npm);
    }

    @Test
    void run_tamperedNodeTarball_stopsBeforeUnpackingAndNeverStartsTheGateway() throws Exception {
        String script = serveTarballs(false);

        RealTool.Result run = runScript(script);

        assertNotEquals(0, run.exitCode(), run.output());
        assertFalse(Files.exists(root.resolve("opt/bulwark/node/bin/node")), "unchecked bytes were unpacked");
        assertFalse(Files.exists(dir.resolve("npm-args")), "npm ran after a failed check");
        String log = Files.readString(calls);
        assertFalse(log.contains("systemctl restart openclaw-gateway.service"), log);
        assertTrue(Files.readString(root.resolve("etc/bulwark/agent.env")).contains("BULWARK_BASELINE=pending"));
        // The hardening before the downloads is in place even so.
        assertTrue(log.contains("systemctl restart nftables"), log);
    }

    /**
     * Prepares stand-in node and npm tarballs. When {@code matching}, the script's pinned checksums are replaced
     * by theirs (the real ones belong to the real tarballs); otherwise the script keeps the real pins.
     */
    private String serveTarballs(boolean matching) throws Exception {
        NodeRuntime runtime = NodeRuntime.DEFAULT;
        Path node = tarball(runtime.node().fileName(), "bin/node",
                "#!/bin/sh\n# stand-in node: records how npm would have been run\necho \"$*\" > " + dir.resolve("npm-args") + "\n");
        Path npm = tarball(runtime.npm().fileName(), "bin/npm-cli.js", "// stand-in npm\n");
        String script = moved(HostBaseline.withDefaultPolicy().installScript(blueprint));
        if (matching) {
            script = script.replace(runtime.node().sha256(), sha256(node)).replace(runtime.npm().sha256(), sha256(npm));
        }
        return script;
    }

    private Path tarball(String name, String entry, String content) throws Exception {
        Path staging = Files.createDirectories(dir.resolve("staging-" + name).resolve("package"));
        Path file = staging.resolve(entry);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path tgz = dir.resolve("served").resolve(name);
        RealTool.Result tar = RealTool.run(List.of("tar", "-czf", tgz.toString(), "-C",
                staging.getParent().toString(), "package"));
        assertEquals(0, tar.exitCode(), tar.output());
        return tgz;
    }

    private RealTool.Result runScript(String script) {
        Path file = RealTool.write(dir, "install-baseline.sh", script);
        return RealTool.run(List.of("sh", file.toString()), List.of("PATH=" + stubs + ":" + System.getenv("PATH")));
    }

    private String moved(String text) {
        Matcher m = ABSOLUTE.matcher(text);
        return m.replaceAll(Matcher.quoteReplacement(root.toString()) + "/$1/");
    }

    private void stub(String name, String body) throws IOException {
        Path file = stubs.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void assertBefore(List<String> log, String first, String then) {
        int a = indexOfPrefix(log, first);
        int b = indexOfPrefix(log, then);
        assertTrue(a >= 0 && b > a, "'" + first + "' must run before '" + then + "' in\n" + String.join("\n", log));
    }

    private static int indexOfPrefix(List<String> log, String prefix) {
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static String permissions(String octal) {
        StringBuilder out = new StringBuilder();
        for (char c : octal.substring(1).toCharArray()) {
            int bits = c - '0';
            out.append((bits & 4) != 0 ? 'r' : '-').append((bits & 2) != 0 ? 'w' : '-').append((bits & 1) != 0 ? 'x' : '-');
        }
        return out.toString();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
