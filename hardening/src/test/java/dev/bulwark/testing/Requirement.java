package dev.bulwark.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * The one place a test asks for a real external component (openssl, sshd, nginx, the gateway, the CloudFormation
 * schemas, Docker for LocalStack, the config-check tools). Where one is missing the test is skipped and says which
 * and how to get it; with {@code BULWARK_REQUIRE_ACCEPTANCE=1} (CI, {@code .ci/run}) it fails instead, naming it,
 * so CI never passes by skipping. A CI without a component says so out loud with
 * {@code BULWARK_ACCEPTANCE_WITHOUT=docker,...} (component ids), and only those skip.
 *
 * <p>In every module's tests through the hardening test-jar.
 */
public final class Requirement {
    public static final String REQUIRE_VARIABLE = "BULWARK_REQUIRE_ACCEPTANCE";
    public static final String WITHOUT_VARIABLE = "BULWARK_ACCEPTANCE_WITHOUT";
    public static final String HOME_VARIABLE = "BULWARK_ACCEPTANCE_HOME";

    private static final List<String> SEARCH_PATH = List.of("/usr/sbin", "/usr/bin", "/sbin", "/bin",
            "/usr/local/sbin", "/usr/local/bin");

    /** An external component tests may need; {@link #id} is what {@code BULWARK_ACCEPTANCE_WITHOUT} lists. */
    public enum Component {
        OPENSSL("openssl", "apt-get install openssl"),
        SSHD("sshd", "apt-get install openssh-server openssh-client"),
        NGINX("nginx", "apt-get install nginx"),
        GATEWAY("gateway", "run tests/scripts/install-acceptance-deps.sh (set " + HOME_VARIABLE
                + " to install elsewhere)"),
        CFN_SCHEMAS("cfn-schemas", "check out the shared CloudFormation schemas as ../shared/cfn-schemas beside the "
                + "repository"),
        DOCKER("docker", "start a Docker daemon this user can reach (LocalStack runs in it)"),
        TOOL("tools", "install the Debian package named above (.ci/run lists them)");

        private final String id;
        private final String remedy;

        Component(String id, String remedy) {
            this.id = id;
            this.remedy = remedy;
        }

        public String id() {
            return id;
        }
    }

    private Requirement() {
    }

    /** Skips the calling test, or fails it under CI, because {@code what} of {@code component} is missing. */
    public static void missing(Component component, String what) {
        String reason = what + " is not available; " + component.remedy;
        if (required(component, System.getenv(REQUIRE_VARIABLE), System.getenv(WITHOUT_VARIABLE))) {
            fail(reason + " [" + REQUIRE_VARIABLE + "=1: a missing " + component.id + " fails the run]");
        }
        Assumptions.abort(reason + " (skipped; " + REQUIRE_VARIABLE + "=1 makes this a failure)");
    }

    /** {@link #missing} unless {@code available}. */
    public static void require(boolean available, Component component, String what) {
        if (!available) {
            missing(component, what);
        }
    }

    /** Whether a missing {@code component} fails the run, given the two variables' values. */
    static boolean required(Component component, String require, String without) {
        Set<String> excused = without == null ? Set.of() : Arrays.stream(without.split(","))
                .map(s -> s.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return "1".equals(require) && !excused.contains(component.id);
    }

    /** The absolute path of executable {@code name} on the system path, or a skip/failure naming its package. */
    public static String executable(Component component, String name, String debianPackage) {
        for (String dir : SEARCH_PATH) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        missing(component, name + " (Debian package " + debianPackage + ")");
        return null;
    }

    /** Where {@code tests/scripts/install-acceptance-deps.sh} puts Node 24 and the gateways. */
    public static Path acceptanceHome() {
        String configured = System.getenv(HOME_VARIABLE);
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "bulwark-acceptance");
    }
}
