package dev.bulwark.audit;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.verify.Probe;
import dev.bulwark.verify.ProbeContext;
import dev.bulwark.verify.ProbeOutcome;
import dev.bulwark.verify.VerifyTarget;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * A host check as a verify {@link Probe}, so the audit reuses the engine's deadlines, waivers, report and exit
 * codes: "could not check" becomes the engine's not-checked outcome (exit 3), never a pass.
 */
final class HostCheckProbe implements Probe {
    private final HostCheck check;
    private final CommandRunner runner;
    private final HostContext context;
    private final Duration commandTimeout;

    HostCheckProbe(HostCheck check, CommandRunner runner, HostContext context, Duration commandTimeout) {
        this.check = check;
        this.runner = runner;
        this.context = context;
        this.commandTimeout = commandTimeout;
    }

    @Override
    public String id() {
        return check.id();
    }

    @Override
    public List<RuleInfo> rules() {
        return List.of(check.rule());
    }

    @Override
    public boolean appliesTo(VerifyTarget target) {
        return check.appliesTo(context);
    }

    @Override
    public ProbeOutcome run(VerifyTarget target, ProbeContext probeContext) throws InterruptedException {
        CommandResult result;
        try {
            result = runner.run(check.command(context.layout()), probeContext.deadline().cap(commandTimeout));
        } catch (IOException e) {
            return new ProbeOutcome.Unreachable("lost the SSH session to the host: "
                    + Untrusted.text(String.valueOf(e.getMessage()), 200));
        }
        CheckResult outcome = check.evaluate(result, context);
        if (outcome instanceof CheckResult.Checked checked) {
            return new ProbeOutcome.Checked(List.of(check.rule().id()), checked.findings());
        }
        return new ProbeOutcome.Unreachable("could not check: " + ((CheckResult.NotChecked) outcome).reason());
    }
}
