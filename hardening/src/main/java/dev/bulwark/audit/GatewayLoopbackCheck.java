package dev.bulwark.audit;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.policy.HardeningPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The gateway and its related ports must listen on loopback only; the reverse proxy is the one way in. This sees
 * what the port scan cannot: a wide bind hidden behind the firewall today and exposed by tomorrow's rule change.
 */
public final class GatewayLoopbackCheck implements HostCheck {
    public static final RuleInfo RULE = new RuleInfo("HOST_GATEWAY_NOT_LOOPBACK", Severity.CRITICAL,
            "The gateway listens on a non-loopback address",
            "A socket on the gateway's port family (the gateway port, its related ports, the DevTools range) "
                    + "listens on a wildcard or public address, so only the firewall stands between it and the "
                    + "network.",
            "Set gateway.bind to 'loopback' in the OpenClaw configuration and restart the unit; the reverse proxy "
                    + "reaches it on 127.0.0.1.",
            List.of("docs/ssh-audit.md#host-audit", "docs/rules.md"));

    @Override
    public String id() {
        return "gateway-bind";
    }

    @Override
    public RuleInfo rule() {
        return RULE;
    }

    @Override
    public HostCommand command(HostLayout layout) {
        return HostCommand.user("ss -H -l -t -n");
    }

    @Override
    public CheckResult evaluate(CommandResult result, HostContext context) {
        if (result.problem("ss").isPresent()) {
            return new CheckResult.NotChecked(result.problem("ss").get());
        }
        Set<Integer> family = HardeningPolicy.defaults().gatewayFamilyPorts(context.layout().gatewayPort());
        List<String> wide = new ArrayList<>();
        for (String line : result.lines()) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length < 5) {
                continue;
            }
            String local = fields[3];
            int colon = local.lastIndexOf(':');
            if (colon < 0) {
                continue;
            }
            int port;
            try {
                port = Integer.parseInt(local.substring(colon + 1));
            } catch (NumberFormatException e) {
                continue;
            }
            if (family.contains(port) && !isLoopback(local.substring(0, colon))) {
                wide.add(Untrusted.text(local, 80));
            }
        }
        return wide.isEmpty() ? CheckResult.pass()
                : CheckResult.fail(RULE, context, "listening on " + String.join(", ", wide));
    }

    static boolean isLoopback(String address) {
        String a = address.replace("[", "").replace("]", "");
        int zone = a.indexOf('%');
        a = zone >= 0 ? a.substring(0, zone) : a;
        return a.startsWith("127.") || a.equals("::1") || a.startsWith("::ffff:127.");
    }
}
