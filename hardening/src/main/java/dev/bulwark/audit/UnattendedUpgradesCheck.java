package dev.bulwark.audit;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Security updates install themselves: the unattended-upgrades package is installed and enabled in APT::Periodic. */
public final class UnattendedUpgradesCheck implements HostCheck {
    public static final RuleInfo RULE = new RuleInfo("HOST_UNATTENDED_UPGRADES_OFF", Severity.MEDIUM,
            "Security updates are not installed automatically",
            "unattended-upgrades is not installed, or APT::Periodic::Unattended-Upgrade is not enabled: OpenSSH, "
                    + "the kernel and Node.js stay at whatever version the image shipped.",
            "apt-get install unattended-upgrades and set APT::Periodic::Unattended-Upgrade \"1\" in "
                    + "/etc/apt/apt.conf.d/20auto-upgrades (dpkg-reconfigure -plow unattended-upgrades).",
            List.of("docs/ssh-audit.md#host-audit", "https://wiki.debian.org/UnattendedUpgrades"));
    private static final Pattern PERIODIC = Pattern.compile("APT::Periodic::Unattended-Upgrade\\s+\"([^\"]*)\"");

    @Override
    public String id() {
        return "unattended-upgrades";
    }

    @Override
    public RuleInfo rule() {
        return RULE;
    }

    @Override
    public HostCommand command(HostLayout layout) {
        return HostCommand.user("command -v apt-config >/dev/null || exit 127; "
                + "echo \"package: $(dpkg-query -W -f='${Status}' unattended-upgrades 2>/dev/null)\"; "
                + "apt-config dump APT::Periodic::Unattended-Upgrade");
    }

    @Override
    public CheckResult evaluate(CommandResult result, HostContext context) {
        if (result.problem("apt-config").isPresent()) {
            return new CheckResult.NotChecked(result.problem("apt-config").get() + " (not a Debian-family host?)");
        }
        List<String> lines = result.lines();
        if (lines.isEmpty() || !lines.get(0).startsWith("package:")) {
            return new CheckResult.NotChecked("unexpected output from dpkg-query/apt-config");
        }
        if (!lines.get(0).contains("install ok installed")) {
            return CheckResult.fail(RULE, context, "package unattended-upgrades is not installed");
        }
        String value = "";
        for (String line : lines) {
            Matcher m = PERIODIC.matcher(line);
            if (m.find()) {
                value = m.group(1);
            }
        }
        return value.equals("1") || value.equalsIgnoreCase("always") ? CheckResult.pass()
                : CheckResult.fail(RULE, context, "APT::Periodic::Unattended-Upgrade is '"
                        + Untrusted.text(value, 20) + "' (want \"1\")");
    }
}
