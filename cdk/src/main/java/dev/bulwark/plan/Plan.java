package dev.bulwark.plan;

import dev.bulwark.blueprint.BlueprintProblem;
import dev.bulwark.findings.Finding;
import dev.bulwark.findings.Severity;
import dev.bulwark.pricing.CostEstimate;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code bulwark plan} found: the resources, firewall and TLS exactly as synthesized, the secret names,
 * the rule findings, an estimate, and where the templates were written. An immutable value for renderers.
 */
public record Plan(String blueprintName, Path blueprintFile, String region, String stackName,
                   List<PlannedResource> resources, List<FirewallEntry> firewall, TlsSummary tls,
                   List<String> secretNames, List<Finding> findings, List<Acknowledgement> acknowledged,
                   List<BlueprintProblem> warnings, CostEstimate cost, Path outDir, List<Path> templates) {

    public Plan {
        resources = List.copyOf(resources);
        firewall = List.copyOf(firewall);
        secretNames = List.copyOf(secretNames);
        findings = findings.stream().sorted(Finding.REPORT_ORDER).toList();
        acknowledged = List.copyOf(acknowledged);
        warnings = List.copyOf(warnings);
        templates = List.copyOf(templates);
    }

    /** Unacknowledged findings at or above {@code threshold}. */
    public List<Finding> findingsAtOrAbove(Severity threshold) {
        return findings.stream().filter(f -> f.severity().isAtLeast(threshold)).toList();
    }

    public record PlannedResource(String logicalId, String type, String name) {
    }

    /**
     * One row of the instance firewall as Lightsail will apply it.
     *
     * @param from who can connect: CIDRs, an alias, or "private" (the Lightsail network only: the load balancer)
     */
    public record FirewallEntry(String ports, String protocol, String from, boolean isPublic) {
    }

    /**
     * @param protocols what the load balancer policy allows, from the hardening policy table
     * @param attached  false in the first deploy phase (certificate not yet validated)
     */
    public record TlsSummary(String policy, List<String> protocols, boolean modern, String certificateDomain,
                             List<String> alternativeNames, boolean attached, boolean httpsRedirect) {
        public TlsSummary {
            protocols = List.copyOf(protocols);
            alternativeNames = List.copyOf(alternativeNames);
        }
    }

    /** A rule finding deliberately accepted, with the reason written beside it in the stack. */
    public record Acknowledgement(String ruleId, String target, String reason) {
    }
}
