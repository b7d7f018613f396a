package dev.bulwark.audit;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import java.util.List;

/** The installed agent is not a version that a published advisory says is vulnerable. */
public final class AgentVulnerableCheck implements AgentVersionCheck {
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
    public CheckResult judge(String version, HostContext context) {
        List<String> affecting = advisories.affecting(version);
        return affecting.isEmpty() ? CheckResult.pass()
                : CheckResult.fail(RULE, context, "openclaw " + version + ": " + String.join("; ", affecting));
    }
}
