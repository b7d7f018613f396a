package dev.bulwark.rules;

import dev.bulwark.audit.HostAudit;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.verify.EngineRules;
import dev.bulwark.verify.Probe;
import dev.bulwark.verify.ProbeCatalog;
import dev.bulwark.verify.ssh.SshEndpoint;
import dev.bulwark.verify.ssh.SshProbe;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every rule verify and audit-host can report, in one place: waiver files are checked against it (a misspelt
 * rule id is an error, not a waiver that silently does nothing) and {@code bulwark rules} lists it. Plan's rules
 * live with the CDK rule pack.
 */
public final class RuleCatalog {
    private RuleCatalog() {
    }

    /** verify's rules, with the SSH probe's (used with {@code --ssh}), sorted by id. */
    public static List<RuleInfo> verify() {
        List<Probe> probes = new ArrayList<>(ProbeCatalog.defaultProbes());
        probes.add(SshProbe.at(SshEndpoint.parse("localhost")));
        return ProbeCatalog.rules(probes);
    }

    /** audit-host's rules and the engine's own (unreachable, waiver expired), sorted by id. */
    public static List<RuleInfo> auditHost() {
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        EngineRules.all().forEach(r -> byId.put(r.id(), r));
        HostAudit.rules().forEach(r -> byId.putIfAbsent(r.id(), r));
        return byId.values().stream().sorted(Comparator.comparing(RuleInfo::id)).toList();
    }

    /** Every rule id a waiver may name: verify's and audit-host's, since one waivers file may serve both. */
    public static Set<String> waivableRuleIds() {
        Set<String> ids = new TreeSet<>();
        verify().forEach(r -> ids.add(r.id()));
        auditHost().forEach(r -> ids.add(r.id()));
        return ids;
    }
}
