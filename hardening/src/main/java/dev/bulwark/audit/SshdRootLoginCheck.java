package dev.bulwark.audit;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import java.util.List;

/** Root may log in with a key at most ({@code prohibit-password}); {@code yes} lets it log in with a password. */
public final class SshdRootLoginCheck implements SshdSettingsCheck {
    public static final RuleInfo RULE = new RuleInfo("HOST_SSHD_ROOT_LOGIN", Severity.MEDIUM,
            "sshd lets root log in with a password",
            "The effective sshd configuration has 'PermitRootLogin yes': root can log in with any method the "
                    + "server offers, including a password.",
            "Set 'PermitRootLogin no' (or 'prohibit-password' if automation needs root with a key), then reload sshd.",
            List.of("docs/ssh-audit.md#host-audit", "https://man.openbsd.org/sshd_config#PermitRootLogin"));

    @Override
    public String id() {
        return "sshd-root-login";
    }

    @Override
    public RuleInfo rule() {
        return RULE;
    }

    @Override
    public CheckResult judge(SshdSettings settings, HostContext context) {
        return settings.get("permitrootlogin")
                .map(v -> v.equals("yes") ? CheckResult.fail(RULE, context, "sshd -T: permitrootlogin yes")
                        : CheckResult.pass())
                .orElse(new CheckResult.NotChecked("sshd -T printed no permitrootlogin setting"));
    }
}
