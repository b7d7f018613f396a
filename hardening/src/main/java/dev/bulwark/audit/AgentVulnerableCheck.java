package dev.bulwark.audit;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import java.util.List;
import java.util.Optional;

/** The installed agent is not a version that a published advisory says is vulnerable. */
public final class AgentVulnerableCheck implements HostCheck {
    public static final RuleInfo RULE = new RuleInfo("HOST_AGENT_VULNERABLE", Severity.HIGH,
            "The installed agent version has published advisories",
            "The OpenClaw version installed on the host is older than the fixed version of at least one published "
                    + "advisory.",
            "Pin a fixed agent version in the blueprint (agent.version) and redeploy, or upgrade on the host.",
            List.of("docs/ssh-audit.md#host-audit", "docs/rules.md"));
    private final AgentAdvisories advisories;

    public AgentVulnerableCheck(AgentAdvisories advisories) {
        this.advisories = advisories;
    }

    @Override
    public String id() {
        return "agent-advisories";
    }

    @Override
    public RuleInfo rule() {
        return RULE;
    }

    @Override
    public HostCommand command(HostLayout layout) {
        return AgentVersion.command();
    }

    @Override
    public CheckResult evaluate(CommandResult result, HostContext context) {
        if (result.problem("openclaw --version").isPresent()) {
            return new CheckResult.NotChecked(result.problem("openclaw --version").get());
        }
        Optional<String> version = AgentVersion.parse(result.stdout());
        if (version.isEmpty()) {
            return new CheckResult.NotChecked("openclaw --version printed no version");
        }
        List<String> affecting = advisories.affecting(version.get());
        return affecting.isEmpty() ? CheckResult.pass()
                : CheckResult.fail(RULE, context, "openclaw " + version.get() + ": " + String.join("; ", affecting));
    }
}
