package dev.bulwark.verify;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.policy.HardeningPolicy;
import dev.bulwark.verify.gateway.GatewayProbe;
import dev.bulwark.verify.http.HttpProbe;
import dev.bulwark.verify.ports.PortProbe;
import dev.bulwark.verify.tls.TlsProbe;
import dev.bulwark.verify.token.TokenProbe;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The probes {@code bulwark verify} runs, and the rule catalog they add up to (SARIF {@code rules[]}, JUnit,
 * {@code docs/rules.md}). The CLI takes its probes from here; tests inject their own into {@link Verifier}.
 */
public final class ProbeCatalog {
    private ProbeCatalog() {
    }

    /** The real probes under the shipped policy, in the order they are listed in reports. */
    public static List<Probe> defaultProbes() {
        return probes(HardeningPolicy.defaults());
    }

    /** The real probes, judging by {@code policy}, in the order they are listed in reports. */
    public static List<Probe> probes(HardeningPolicy policy) {
        return List.of(TlsProbe.create(policy), HttpProbe.create(policy), GatewayProbe.create(),
                PortProbe.create(policy), TokenProbe.none());
    }

    /** Every rule the given probes and the engine can report, sorted by id, each id once. */
    public static List<RuleInfo> rules(List<? extends Probe> probes) {
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        for (RuleInfo rule : EngineRules.all()) {
            byId.put(rule.id(), rule);
        }
        for (Probe probe : probes) {
            for (RuleInfo rule : probe.rules()) {
                RuleInfo earlier = byId.putIfAbsent(rule.id(), rule);
                if (earlier != null && !earlier.equals(rule)) {
                    throw new IllegalStateException("rule " + rule.id() + " is declared twice with different "
                            + "metadata (probe " + probe.id() + "); give each rule one home");
                }
            }
        }
        List<RuleInfo> sorted = new ArrayList<>(byId.values());
        sorted.sort(Comparator.comparing(RuleInfo::id));
        return List.copyOf(sorted);
    }
}
