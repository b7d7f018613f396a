package dev.bulwark.audit;

import dev.bulwark.baseline.ssh.LightsailLogin;
import dev.bulwark.baseline.ssh.SshdConfigRenderer;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * sshd forwards nothing, except that Lightsail's login user (the one {@code bulwark tunnel} logs in as) may forward
 * locally to the gateway's loopback port: {@code sshd -T} is read twice, for any user and for that user (its
 * {@code Match} block), and anything wider is a finding. Forwarding is how an SSH login pivots to loopback-only
 * services (the gateway's other ports, DevTools, the metadata proxy).
 */
public final class SshdForwardingCheck implements HostCheck {
    public static final RuleInfo RULE = new RuleInfo("HOST_SSHD_FORWARDING_WIDE", Severity.HIGH,
            "sshd allows forwarding beyond the tunnel to the gateway",
            "The effective sshd configuration lets a login forward TCP ports, Unix sockets or tunnels beyond "
                    + "bulwark tunnel's one need: local forwarding for Lightsail's login user to the gateway's "
                    + "loopback port. A wider forward turns an SSH login into access to every loopback service.",
            "Keep 'AllowTcpForwarding no', 'AllowStreamLocalForwarding no', 'PermitTunnel no' and "
                    + "'GatewayPorts no' for everyone, and in the 'Match User ubuntu' block only "
                    + "'AllowTcpForwarding local' with 'PermitOpen 127.0.0.1:<agent.port>' (the host baseline's "
                    + "sshd drop-in does this); reload sshd.",
            List.of("docs/ssh-audit.md#host-audit", "docs/hardening.md",
                    "https://man.openbsd.org/sshd_config#PermitOpen"));
    static final String SEPARATOR = "#bulwark-tunnel-user";
    private static final List<String> NEVER = List.of("allowstreamlocalforwarding", "permittunnel", "gatewayports");

    @Override
    public String id() {
        return "sshd-forwarding";
    }

    @Override
    public RuleInfo rule() {
        return RULE;
    }

    /** Any user's settings, a separator line, then the settings Lightsail's login user gets. */
    @Override
    public HostCommand command(HostLayout layout) {
        String config = ShellQuote.quote(layout.sshdConfig());
        return HostCommand.root("sshd -T -f " + config + " && echo " + ShellQuote.quote(SEPARATOR)
                + " && sshd -T -f " + config + " -C " + ShellQuote.quote("user=" + LightsailLogin.UBUNTU.user()
                + ",host=bulwark-audit,addr=127.0.0.1"));
    }

    @Override
    public CheckResult evaluate(CommandResult result, HostContext context) {
        if (result.problem("sshd -T").isPresent()) {
            return new CheckResult.NotChecked(result.problem("sshd -T").get());
        }
        List<String> lines = result.lines();
        int separator = lines.indexOf(SEPARATOR);
        if (separator < 0) {
            return new CheckResult.NotChecked("sshd -T did not print the settings of Lightsail's login user");
        }
        SshdSettings anyone = SshdSettings.parse(lines.subList(0, separator));
        SshdSettings tunnelUser = SshdSettings.parse(lines.subList(separator + 1, lines.size()));
        if (anyone.get("allowtcpforwarding").isEmpty() || tunnelUser.get("allowtcpforwarding").isEmpty()) {
            return new CheckResult.NotChecked("sshd -T printed no allowtcpforwarding setting");
        }
        List<String> wide = new ArrayList<>();
        anyone.get("allowtcpforwarding").filter(v -> !"no".equals(v))
                .ifPresent(v -> wide.add("allowtcpforwarding " + v + " for every user"));
        for (SshdSettings settings : List.of(anyone, tunnelUser)) {
            for (String keyword : NEVER) {
                settings.get(keyword).filter(v -> !"no".equals(v)).map(v -> keyword + " " + v)
                        .filter(v -> !wide.contains(v)).ifPresent(wide::add);
            }
        }
        String forwarding = tunnelUser.get("allowtcpforwarding").orElseThrow();
        String user = LightsailLogin.UBUNTU.user();
        if (!"no".equals(forwarding) && !"local".equals(forwarding)) {
            wide.add("allowtcpforwarding " + forwarding + " for " + user);
        }
        String allowedOpen = SshdConfigRenderer.tunnelDestination(context.layout().gatewayPort());
        String permitOpen = tunnelUser.get("permitopen").orElse("any");
        if (!"no".equals(forwarding) && !permitOpen.equals(allowedOpen) && !"none".equals(permitOpen)) {
            wide.add("permitopen " + Untrusted.text(permitOpen, 120) + " for " + user + " (only " + allowedOpen
                    + " is needed)");
        }
        return wide.isEmpty() ? CheckResult.pass()
                : CheckResult.fail(RULE, context, "sshd -T: " + String.join(", ", wide));
    }
}
