package dev.bulwark.cdk.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the Node.js executable jsii will start before the first CDK class loads, so a missing Node is one
 * clear message instead of a jsii stack trace.
 */
public final class NodeRuntime {

    static final int MINIMUM_MAJOR = 20;
    private static final Pattern VERSION = Pattern.compile("^v(\\d+)\\.(\\d+)\\.(\\d+)");
    private static final long TIMEOUT_SECONDS = 20;

    private final String executable;

    NodeRuntime(String executable) {
        this.executable = executable;
    }

    /** The executable jsii itself uses: {@code JSII_NODE} when set, else {@code node} from PATH. */
    public static NodeRuntime fromEnvironment() {
        String configured = System.getenv("JSII_NODE");
        return new NodeRuntime(configured == null || configured.isBlank() ? "node" : configured);
    }

    /** Returns the Node major version, or throws when Node cannot run or is older than 20. */
    public int check() throws NodeRuntimeException {
        Process process;
        try {
            process = new ProcessBuilder(executable, "--version").redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new NodeRuntimeException("cannot start Node.js ('" + executable + "'): " + e.getMessage());
        }
        try {
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new NodeRuntimeException("'" + executable + " --version' did not answer within "
                        + TIMEOUT_SECONDS + " s");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            Matcher version = VERSION.matcher(output);
            if (process.exitValue() != 0 || !version.find()) {
                throw new NodeRuntimeException("'" + executable + " --version' failed (exit " + process.exitValue()
                        + ") and printed no Node.js version");
            }
            int major = Integer.parseInt(version.group(1));
            if (major < MINIMUM_MAJOR) {
                throw new NodeRuntimeException("Node.js " + version.group() + " is too old");
            }
            return major;
        } catch (IOException e) {
            throw new NodeRuntimeException("cannot read the version of Node.js ('" + executable + "'): "
                    + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new NodeRuntimeException("interrupted while checking Node.js");
        }
    }
}
