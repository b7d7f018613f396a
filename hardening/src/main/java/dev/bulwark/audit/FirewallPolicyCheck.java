package dev.bulwark.audit;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host firewall denies by default: some nftables base chain on the input hook has policy drop. Lightsail's own
 * firewall is the first line; this one still holds when a Lightsail rule is widened by mistake.
 */
public final class FirewallPolicyCheck implements HostCheck {
    public static final RuleInfo RULE = new RuleInfo("HOST_FIREWALL_POLICY", Severity.HIGH,
            "The host firewall accepts by default",
            "No nftables chain on the input hook has policy drop, so every port a process opens is reachable as "
                    + "far as the host is concerned.",
            "Load the baseline's nftables ruleset (input policy drop; accept established, loopback, and the "
                    + "proxy port from the load balancer) and enable nftables.service.",
            List.of("docs/ssh-audit.md#host-audit", "https://wiki.nftables.org/wiki-nftables/index.php/Simple_rule_management"));
    private static final Pattern TABLE = Pattern.compile("^\\s*table\\s+(\\S+)\\s+(\\S+)\\s*\\{");
    private static final Pattern CHAIN = Pattern.compile("^\\s*chain\\s+(\\S+)\\s*\\{");
    private static final Pattern INPUT_HOOK = Pattern.compile("type\\s+filter\\s+hook\\s+input\\b.*?policy\\s+(\\w+)");

    @Override
    public String id() {
        return "firewall";
    }

    @Override
    public RuleInfo rule() {
        return RULE;
    }

    @Override
    public HostCommand command(HostLayout layout) {
        return HostCommand.root("nft list ruleset");
    }

    @Override
    public CheckResult evaluate(CommandResult result, HostContext context) {
        if (result.problem("nft").isPresent()) {
            return new CheckResult.NotChecked(result.problem("nft").get());
        }
        String table = "?";
        String chain = "?";
        List<String> inputChains = new ArrayList<>();
        boolean drops = false;
        for (String line : result.lines()) {
            Matcher m = TABLE.matcher(line);
            if (m.find()) {
                table = m.group(1) + " " + m.group(2);
                continue;
            }
            m = CHAIN.matcher(line);
            if (m.find()) {
                chain = m.group(1);
                continue;
            }
            m = INPUT_HOOK.matcher(line);
            if (m.find()) {
                inputChains.add(Untrusted.text(table + " " + chain + " policy " + m.group(1), 120));
                drops |= m.group(1).equals("drop");
            }
        }
        if (drops) {
            return CheckResult.pass();
        }
        return CheckResult.fail(RULE, context, inputChains.isEmpty() ? "no nftables chain on the input hook"
                : "input chains: " + String.join("; ", inputChains));
    }
}
