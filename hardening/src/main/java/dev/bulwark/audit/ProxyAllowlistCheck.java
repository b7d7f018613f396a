package dev.bulwark.audit;

import dev.bulwark.baseline.proxy.NginxSite;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A public gateway behind {@code access.allowCidrs}: the installed nginx site must hold that allow list, exactly,
 * with everyone else refused ({@code default 0}). Run only when the blueprint names an allowlist. The site file is
 * read as installed, so an edit by hand, a stale baseline or a missing file shows.
 */
public final class ProxyAllowlistCheck implements HostCheck {
    public static final RuleInfo RULE = new RuleInfo("HOST_PROXY_ALLOWLIST_DRIFT", Severity.HIGH,
            "The proxy's client allowlist differs from the blueprint's",
            "The installed nginx site does not admit exactly the blueprint's access.allowCidrs (and refuse every "
                    + "other client): a network is missing, an extra one is admitted, or everyone is.",
            "Run bulwark deploy again so the host baseline renders the site from the blueprint, or change "
                    + "access.allowCidrs to the networks that should reach the gateway; never edit the site by hand.",
            List.of("docs/ssh-audit.md#host-audit", "docs/concepts.md#access-modes"));
    private static final String GEO = "geo $bulwark_client_listed {";

    @Override
    public String id() {
        return "proxy-allowlist";
    }

    @Override
    public RuleInfo rule() {
        return RULE;
    }

    @Override
    public boolean appliesTo(HostContext context) {
        return !context.expectations().clientCidrs().isEmpty();
    }

    @Override
    public HostCommand command(HostLayout layout) {
        return HostCommand.user("cat " + ShellQuote.quote(NginxSite.SITE_PATH));
    }

    @Override
    public CheckResult evaluate(CommandResult result, HostContext context) {
        if (result.exitStatus() == 1 && !result.timedOut() && result.stderr().contains("No such file")) {
            return CheckResult.fail(RULE, context, NginxSite.SITE_PATH + " is missing: no allowlist");
        }
        if (result.problem("cat").isPresent()) {
            return new CheckResult.NotChecked(result.problem("cat").get());
        }
        List<String> lines = result.lines().stream().map(String::strip).toList();
        int start = lines.indexOf(GEO);
        if (start < 0) {
            return CheckResult.fail(RULE, context, NginxSite.SITE_PATH + " has no client allowlist (" + GEO + ")");
        }
        String defaultValue = "";
        Set<String> admitted = new LinkedHashSet<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("}")) {
                break;
            }
            String[] fields = line.replace(";", "").split("\\s+");
            if (fields.length != 2) {
                continue;
            }
            if ("default".equals(fields[0])) {
                defaultValue = fields[1];
            } else if ("1".equals(fields[1])) {
                admitted.add(fields[0].toLowerCase(Locale.ROOT));
            }
        }
        List<String> drift = new ArrayList<>();
        if (!"0".equals(defaultValue)) {
            drift.add("every client is admitted (default " + Untrusted.text(defaultValue, 20) + ")");
        }
        Set<String> expected = new LinkedHashSet<>();
        context.expectations().clientCidrs().forEach(c -> expected.add(c.toLowerCase(Locale.ROOT)));
        List<String> missing = expected.stream().filter(c -> !admitted.contains(c)).toList();
        List<String> extra = admitted.stream().filter(c -> !expected.contains(c)).map(c -> Untrusted.text(c, 60))
                .toList();
        if (!missing.isEmpty()) {
            drift.add("missing " + String.join(", ", missing));
        }
        if (!extra.isEmpty()) {
            drift.add("admitted but not in the blueprint " + String.join(", ", extra));
        }
        return drift.isEmpty() ? CheckResult.pass()
                : CheckResult.fail(RULE, context, NginxSite.SITE_PATH + ": " + String.join("; ", drift));
    }
}
