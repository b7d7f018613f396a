package dev.bulwark.baseline.ssh;

import dev.bulwark.baseline.BaselineFile;
import dev.bulwark.baseline.Template;
import dev.bulwark.blueprint.Admin;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Renders the sshd drop-in: keys only, the admin user only, no root, few tries, and the algorithm set of
 * ssh-audit's hardened Ubuntu 24.04 policy. The blueprint loader already validated the user name; it is checked
 * again here because it lands in a config file.
 */
public final class SshdConfigRenderer {
    /** Sorts before cloud-init's {@code 50-cloud-init.conf}; sshd keeps the first value of each keyword. */
    public static final String PATH = "/etc/ssh/sshd_config.d/01-bulwark-hardening.conf";

    private static final Pattern USER = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");
    private static final Template TEMPLATE = Template.of(SshdConfigRenderer.class, "sshd-hardening.conf");

    public BaselineFile render(Admin admin) {
        if (!USER.matcher(admin.user()).matches() || "root".equals(admin.user())) {
            throw new IllegalArgumentException("admin.user '" + admin.user()
                    + "' is not a login name sshd can allow; fix it in the blueprint");
        }
        return new BaselineFile(PATH, "0644", TEMPLATE.render(Map.of("adminUser", admin.user())));
    }
}
