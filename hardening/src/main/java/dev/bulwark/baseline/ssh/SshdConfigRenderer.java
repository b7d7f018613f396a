package dev.bulwark.baseline.ssh;

import dev.bulwark.baseline.BaselineFile;
import dev.bulwark.baseline.Template;
import dev.bulwark.blueprint.Admin;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders the sshd drop-in: keys only, the admin user and Lightsail's login user only, no root, few tries, and
 * the algorithm set of ssh-audit's hardened Ubuntu 24.04 policy; Lightsail's CA signature algorithm is accepted
 * for Lightsail's login user alone ({@link LightsailLogin}). The blueprint loader already validated the user
 * name; it is checked again here because it lands in a config file.
 */
public final class SshdConfigRenderer {
    /** Sorts before cloud-init's {@code 50-cloud-init.conf}; sshd keeps the first value of each keyword. */
    public static final String PATH = "/etc/ssh/sshd_config.d/01-bulwark-hardening.conf";

    private static final Pattern USER = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");
    private static final Template TEMPLATE = Template.of(SshdConfigRenderer.class, "sshd-hardening.conf");
    private static final String CA_LIST_MARK = "@lightsail-ca-list@";
    private static final String CA_KEYWORD = "CASignatureAlgorithms ";

    public BaselineFile render(Admin admin) {
        return render(admin, LightsailLogin.UBUNTU);
    }

    public BaselineFile render(Admin admin, LightsailLogin lightsail) {
        if (!USER.matcher(admin.user()).matches() || "root".equals(admin.user())) {
            throw new IllegalArgumentException("admin.user '" + admin.user()
                    + "' is not a login name sshd can allow; fix it in the blueprint");
        }
        Set<String> users = new LinkedHashSet<>(java.util.List.of(admin.user(), lightsail.user()));
        String rendered = TEMPLATE.render(Map.of("allowedUsers", String.join(" ", users),
                "lightsailUser", lightsail.user(), "lightsailCaSignatureAlgorithms", CA_LIST_MARK));
        return new BaselineFile(PATH, "0644", rendered.replace(CA_LIST_MARK,
                hardenedCaList(rendered) + "," + lightsail.caSignatureAlgorithm()));
    }

    /** The hardened CA signature list every user gets, however it was rendered; Lightsail's user gets it plus one. */
    private static String hardenedCaList(String rendered) {
        return rendered.lines().filter(line -> line.startsWith(CA_KEYWORD)).findFirst()
                .map(line -> line.substring(CA_KEYWORD.length()).strip())
                .orElseThrow(() -> new IllegalStateException("the sshd template has no " + CA_KEYWORD + "line"));
    }
}
