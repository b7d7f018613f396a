package dev.bulwark.audit;

/** A host rule about sshd's effective configuration: every such rule reads {@code sshd -T} the same way. */
interface SshdSettingsCheck extends HostCheck {

    @Override
    default HostCommand command(HostLayout layout) {
        return SshdSettings.command(layout);
    }

    @Override
    default CheckResult evaluate(CommandResult result, HostContext context) {
        return result.problem("sshd -T").<CheckResult>map(CheckResult.NotChecked::new)
                .orElseGet(() -> judge(SshdSettings.parse(result.lines()), context));
    }

    /** The verdict on the settings sshd printed. */
    CheckResult judge(SshdSettings settings, HostContext context);
}
