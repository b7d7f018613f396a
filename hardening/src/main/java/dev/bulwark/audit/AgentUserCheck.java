package dev.bulwark.audit;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import java.util.List;
import java.util.Set;

/** The agent runs as its own unprivileged user that cannot log in: no uid 0, no login shell. */
public final class AgentUserCheck implements HostCheck {
    public static final RuleInfo RULE = new RuleInfo("HOST_AGENT_USER_SHELL", Severity.MEDIUM,
            "The agent's user is privileged or can log in",
            "The account the gateway runs as is root, or has a login shell: a compromised agent, or a leaked key "
                    + "for that account, becomes an interactive session on the host.",
            "Run the gateway as a dedicated system user with shell /usr/sbin/nologin (useradd --system --shell "
                    + "/usr/sbin/nologin openclaw).",
            List.of("docs/ssh-audit.md#host-audit"));
    static final Set<String> NO_LOGIN = Set.of("/usr/sbin/nologin", "/sbin/nologin", "/bin/false", "/usr/bin/false");

    @Override
    public String id() {
        return "agent-user";
    }

    @Override
    public RuleInfo rule() {
        return RULE;
    }

    @Override
    public HostCommand command(HostLayout layout) {
        return HostCommand.user("getent passwd " + ShellQuote.quote(layout.agentUser()));
    }

    @Override
    public CheckResult evaluate(CommandResult result, HostContext context) {
        String user = context.layout().agentUser();
        if (result.exitStatus() == 2) {
            return new CheckResult.NotChecked("user '" + user + "' does not exist on the host: the agent is not "
                    + "installed as the baseline lays it out");
        }
        if (result.problem("getent").isPresent()) {
            return new CheckResult.NotChecked(result.problem("getent").get());
        }
        String[] fields = result.lines().isEmpty() ? new String[0] : result.lines().get(0).split(":", -1);
        if (fields.length != 7 || !fields[0].equals(user)) {
            return new CheckResult.NotChecked("getent printed no passwd entry for '" + user + "'");
        }
        if (fields[2].equals("0")) {
            return CheckResult.fail(RULE, context, "user " + user + " has uid 0 (root)");
        }
        if (!NO_LOGIN.contains(fields[6])) {
            return CheckResult.fail(RULE, context, "user " + user + " has login shell " + Untrusted.text(fields[6], 80));
        }
        return CheckResult.pass();
    }
}
