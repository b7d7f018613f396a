package dev.bulwark.audit;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The agent's configuration and credentials are readable by their owner only: files 0600/0400, directories without
 * group write or any access for others, owned by root or the agent's user.
 */
public final class FileModeCheck implements HostCheck {
    public static final RuleInfo RULE = new RuleInfo("HOST_FILE_MODE", Severity.HIGH,
            "Agent configuration or credential files are too open",
            "A credential or configuration file can be read by other users on the host, a directory can be "
                    + "entered by them, or a file belongs to an unexpected user: any local process (or a "
                    + "compromised tool the agent runs as another user) can read the gateway token and API keys.",
            "chmod 0600 the files and 0700 the directories, owned by root or the agent's user "
                    + "(the baseline uses systemd credentials under /etc/bulwark/credentials).",
            List.of("docs/ssh-audit.md#host-audit"));
    private static final String FORMAT = " -printf '%m %u %y %p\\n'";

    @Override
    public String id() {
        return "file-modes";
    }

    @Override
    public RuleInfo rule() {
        return RULE;
    }

    @Override
    public HostCommand command(HostLayout layout) {
        return HostCommand.root("find " + ShellQuote.quote(layout.credentialDir()) + " -maxdepth 1" + FORMAT
                + "; find " + ShellQuote.quote(layout.stateDir()) + " " + ShellQuote.quote(layout.configFile())
                + " -maxdepth 0" + FORMAT);
    }

    @Override
    public CheckResult evaluate(CommandResult result, HostContext context) {
        if (result.timedOut() || result.exitStatus() == CommandResult.NOT_FOUND) {
            return new CheckResult.NotChecked(result.problem("find").orElse("find failed"));
        }
        if (result.lines().isEmpty()) {
            return new CheckResult.NotChecked("none of " + context.layout().credentialDir() + ", "
                    + context.layout().stateDir() + ", " + context.layout().configFile() + " exists on the host");
        }
        Set<String> owners = Set.of("root", context.layout().agentUser());
        List<String> problems = new ArrayList<>();
        for (String line : result.lines()) {
            String[] f = line.split(" ", 4);
            if (f.length != 4 || !f[0].matches("[0-7]{1,4}")) {
                return new CheckResult.NotChecked("find printed an unreadable line: " + Untrusted.text(line, 80));
            }
            int mode = Integer.parseInt(f[0], 8);
            String path = Untrusted.text(f[3], 200);
            boolean tooOpen = switch (f[2]) {
                case "d" -> (mode & 0027) != 0;
                case "f" -> (mode & 0077) != 0;
                default -> false;
            };
            if (tooOpen) {
                problems.add(path + " mode " + String.format("%04o", mode & 07777));
            }
            if (!owners.contains(f[1])) {
                problems.add(path + " owned by " + Untrusted.text(f[1], 32));
            }
        }
        return problems.isEmpty() ? CheckResult.pass() : CheckResult.fail(RULE, context, String.join("; ", problems));
    }
}
