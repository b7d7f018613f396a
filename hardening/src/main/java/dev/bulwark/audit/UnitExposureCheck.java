package dev.bulwark.audit;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway's unit is sandboxed: systemd-analyze security rates its exposure at most {@value #MAX_EXPOSURE}
 * (systemd calls 0-2.5 "OK"; a unit with no hardening scores about 9.6 "UNSAFE").
 */
public final class UnitExposureCheck implements HostCheck {
    static final double MAX_EXPOSURE = 2.5;
    public static final RuleInfo RULE = new RuleInfo("HOST_UNIT_EXPOSURE", Severity.MEDIUM,
            "The gateway's systemd unit is not sandboxed enough",
            "systemd-analyze security rates the unit's exposure above " + MAX_EXPOSURE + ": the agent process keeps "
                    + "privileges, file-system access or system calls it does not need.",
            "Apply the baseline's unit hardening (ProtectSystem=strict, ProtectHome=yes, PrivateTmp=yes, "
                    + "NoNewPrivileges=yes, CapabilityBoundingSet=, SystemCallFilter=@system-service, ...) and check "
                    + "with systemd-analyze security <unit>.",
            List.of("docs/ssh-audit.md#host-audit", "https://www.freedesktop.org/software/systemd/man/systemd-analyze.html"));
    private static final Pattern OVERALL = Pattern.compile("Overall exposure level for \\S+:\\s*(\\d{1,2}(?:\\.\\d+)?)");

    @Override
    public String id() {
        return "unit-exposure";
    }

    @Override
    public RuleInfo rule() {
        return RULE;
    }

    @Override
    public HostCommand command(HostLayout layout) {
        return HostCommand.user("systemd-analyze security --no-pager " + ShellQuote.quote(layout.unit()));
    }

    @Override
    public CheckResult evaluate(CommandResult result, HostContext context) {
        if (result.problem("systemd-analyze").isPresent()) {
            return new CheckResult.NotChecked(result.problem("systemd-analyze").get());
        }
        Matcher m = OVERALL.matcher(result.stdout());
        if (!m.find()) {
            return new CheckResult.NotChecked("systemd-analyze printed no overall exposure level for "
                    + context.layout().unit());
        }
        double exposure = Double.parseDouble(m.group(1));
        return exposure <= MAX_EXPOSURE ? CheckResult.pass()
                : CheckResult.fail(RULE, context, context.layout().unit() + " exposure " + m.group(1)
                        + " (at most " + MAX_EXPOSURE + " wanted)");
    }
}
