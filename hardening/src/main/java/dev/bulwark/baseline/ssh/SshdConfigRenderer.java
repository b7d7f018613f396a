package dev.bulwark.baseline.ssh;

import dev.bulwark.baseline.BaselineFile;
import dev.bulwark.baseline.Template;
import dev.bulwark.blueprint.Admin;
import dev.bulwark.policy.HardeningPolicy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders the sshd drop-in: keys only, the admin user and Lightsail's login user only, no root, few tries, and
 * the algorithms the hardening policy's {@code ssh.offered} lists (ssh-audit's hardened Ubuntu 24.04 set), so the
 * verifier's SSH checks and this file read the same lists. Lightsail's CA signature algorithm is accepted for
 * Lightsail's login user alone ({@link LightsailLogin}), and so is the one forward {@code bulwark tunnel} needs:
 * local forwarding to the gateway's loopback port ({@code PermitOpen 127.0.0.1:PORT}), nothing else; every other
 * user forwards nothing. The blueprint loader already validated the user name; it is checked again here because it
 * lands in a config file.
 */
public final class SshdConfigRenderer {
    /** Sorts before cloud-init's {@code 50-cloud-init.conf}; sshd keeps the first value of each keyword. */
    public static final String PATH = "/etc/ssh/sshd_config.d/01-bulwark-hardening.conf";

    private static final Pattern ALGORITHM = Pattern.compile("[a-z0-9][a-z0-9@._-]*");
    private static final Pattern USER = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");
    private static final Template TEMPLATE = Template.of(SshdConfigRenderer.class, "sshd-hardening.conf");

    private final HardeningPolicy.Ssh ssh;

    public SshdConfigRenderer(HardeningPolicy.Ssh ssh) {
        this.ssh = ssh;
    }

    public SshdConfigRenderer() {
        this(HardeningPolicy.defaults().ssh());
    }

    /** The address {@code bulwark tunnel} forwards to on the host: the gateway's loopback port. */
    public static String tunnelDestination(int gatewayPort) {
        if (gatewayPort < 1 || gatewayPort > 65_535) {
            throw new IllegalArgumentException("agent.port " + gatewayPort
                    + " is not a TCP port; fix it in the blueprint");
        }
        return "127.0.0.1:" + gatewayPort;
    }

    public BaselineFile render(Admin admin, int gatewayPort) {
        return render(admin, LightsailLogin.UBUNTU, gatewayPort);
    }

    public BaselineFile render(Admin admin, LightsailLogin lightsail, int gatewayPort) {
        if (!USER.matcher(admin.user()).matches() || "root".equals(admin.user())) {
            throw new IllegalArgumentException("admin.user '" + admin.user()
                    + "' is not a login name sshd can allow; fix it in the blueprint");
        }
        HardeningPolicy.SshAlgorithms offered = ssh.offered();
        String caList = names(ssh.caSignatureAlgorithms());
        Set<String> users = new LinkedHashSet<>(List.of(admin.user(), lightsail.user()));
        return new BaselineFile(PATH, "0644", TEMPLATE.render(Map.of(
                "allowedUsers", String.join(" ", users),
                "lightsailUser", lightsail.user(),
                "tunnelDestination", tunnelDestination(gatewayPort),
                "kexAlgorithms", names(offered.kex()),
                "ciphers", names(offered.ciphers()),
                "macs", names(offered.macs()),
                "hostKeyAlgorithms", names(offered.hostKeys()),
                "caSignatureAlgorithms", caList,
                "lightsailCaSignatureAlgorithms", caList + "," + lightsail.caSignatureAlgorithm())));
    }

    /** sshd's comma list; a name that could break the line is a policy bug, refused here. */
    private static String names(List<String> algorithms) {
        for (String name : algorithms) {
            if (!ALGORITHM.matcher(name).matches()) {
                throw new IllegalStateException("SSH algorithm '" + name + "' in hardening-policy.yaml is not an "
                        + "algorithm name sshd can read");
            }
        }
        return String.join(",", algorithms);
    }
}
