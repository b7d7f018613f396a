package dev.bulwark.audit;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import java.util.List;

/** The host runs the agent version the blueprint pins; drift means the deployment is not what was reviewed. */
public final class AgentVersionPinnedCheck implements AgentVersionCheck {
    public static final RuleInfo RULE = new RuleInfo("HOST_AGENT_VERSION_MISMATCH", Severity.MEDIUM,
            "The installed agent is not the version the blueprint pins",
            "openclaw --version on the host differs from the blueprint's agent.version: someone upgraded or "
                    + "downgraded by hand, or the deployment did not finish.",
            "Redeploy from the blueprint, or update agent.version to the version you reviewed.",
            List.of("docs/ssh-audit.md#host-audit"));

    @Override
    public String id() {
        return "agent-version";
    }

    @Override
    public RuleInfo rule() {
        return RULE;
    }

    @Override
    public boolean appliesTo(HostContext context) {
        return context.expectations().agentVersion().isPresent();
    }

    @Override
    public CheckResult judge(String version, HostContext context) {
        String pinned = context.expectations().agentVersion().orElseThrow();
        return version.equals(pinned) ? CheckResult.pass()
                : CheckResult.fail(RULE, context, "installed " + version + ", blueprint pins " + pinned);
    }
}
