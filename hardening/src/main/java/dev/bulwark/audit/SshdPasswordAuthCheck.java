package dev.bulwark.audit;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import java.util.ArrayList;
import java.util.List;

/** sshd's effective configuration must not allow password or keyboard-interactive logins (for any user). */
public final class SshdPasswordAuthCheck implements SshdSettingsCheck {
    public static final RuleInfo RULE = new RuleInfo("HOST_SSHD_PASSWORD_AUTH", Severity.HIGH,
            "sshd allows password or keyboard-interactive logins",
            "The effective sshd configuration (sshd -T) enables PasswordAuthentication or "
                    + "KbdInteractiveAuthentication, so anyone who reaches port 22 can guess passwords.",
            "Set 'PasswordAuthentication no' and 'KbdInteractiveAuthentication no' in sshd_config (and in every "
                    + "file under sshd_config.d), then reload sshd.",
            List.of("docs/ssh-audit.md#host-audit", "https://man.openbsd.org/sshd_config#PasswordAuthentication"));

    @Override
    public String id() {
        return "sshd-password";
    }

    @Override
    public RuleInfo rule() {
        return RULE;
    }

    @Override
    public CheckResult judge(SshdSettings settings, HostContext context) {
        if (settings.get("passwordauthentication").isEmpty()) {
            return new CheckResult.NotChecked("sshd -T printed no passwordauthentication setting");
        }
        List<String> on = new ArrayList<>();
        for (String key : List.of("passwordauthentication", "kbdinteractiveauthentication",
                "challengeresponseauthentication")) {
            if (settings.get(key).filter("yes"::equals).isPresent()) {
                on.add(key + " yes");
            }
        }
        return on.isEmpty() ? CheckResult.pass() : CheckResult.fail(RULE, context, "sshd -T: " + String.join(", ", on));
    }
}
