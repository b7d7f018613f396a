package dev.bulwark.audit;

/** A host rule about the installed agent's version: every such rule reads {@code openclaw --version} the same way. */
interface AgentVersionCheck extends HostCheck {

    @Override
    default HostCommand command(HostLayout layout) {
        return AgentVersion.command();
    }

    @Override
    default CheckResult evaluate(CommandResult result, HostContext context) {
        return result.problem("openclaw --version").<CheckResult>map(CheckResult.NotChecked::new)
                .orElseGet(() -> AgentVersion.parse(result.stdout()).map(version -> judge(version, context))
                        .orElseGet(() -> new CheckResult.NotChecked("openclaw --version printed no version")));
    }

    /** The verdict on the version the agent printed. */
    CheckResult judge(String version, HostContext context);
}
