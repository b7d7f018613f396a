package dev.bulwark.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.bulwark.baseline.BaselineFingerprint;
import dev.bulwark.blueprint.SourceProblem;
import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.pricing.CostEstimate;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code bulwark plan} found: the resources, firewall (instance mode) or containers (container mode) and TLS
 * exactly as synthesized, the secret names, the rule findings, an estimate, and where the templates were written.
 * An immutable value for renderers; {@link dev.bulwark.plan.report.PlanReports} turns its findings into the report
 * model verify and audit-host share.
 *
 * @param secretsMaxAgeDays {@code secrets.maxAgeDays}, or null when the blueprint sets none
 * @param hostBaseline      instance mode: the host baseline the instance's user data installs (null for containers);
 *                          deploy compares it with the running instance's
 * @param rules the Lightsail hardening rules the stack was checked against (AwsSolutions rules are known only by
 *              their findings)
 */
public record Plan(String blueprintName, Path blueprintFile, String region, String stackName,
                   List<PlannedResource> resources, List<FirewallEntry> firewall, TlsSummary tls,
                   List<ContainerEntry> containers, List<String> secretNames,
                   @JsonInclude(JsonInclude.Include.NON_NULL) Integer secretsMaxAgeDays,
                   @JsonInclude(JsonInclude.Include.NON_NULL) BaselineFingerprint hostBaseline,
                   List<Finding> findings, List<Acknowledgement> acknowledged,
                   List<SourceProblem> warnings, CostEstimate cost, Path outDir, List<Path> templates,
                   @JsonIgnore List<RuleInfo> rules) {

    public Plan {
        resources = List.copyOf(resources);
        firewall = List.copyOf(firewall);
        containers = List.copyOf(containers);
        secretNames = List.copyOf(secretNames);
        findings = findings.stream().sorted(Finding.REPORT_ORDER).toList();
        acknowledged = List.copyOf(acknowledged);
        warnings = List.copyOf(warnings);
        templates = List.copyOf(templates);
        rules = List.copyOf(rules);
    }

    /** Unacknowledged findings at or above {@code threshold}. */
    public List<Finding> findingsAtOrAbove(Severity threshold) {
        return findings.stream().filter(f -> f.severity().isAtLeast(threshold)).toList();
    }

    /** True when a Lightsail load balancer fronts the instance (public access); false for a private instance. */
    public boolean loadBalanced() {
        return resources.stream().anyMatch(r -> "AWS::Lightsail::LoadBalancer".equals(r.type()));
    }

    /** True for a container service deployment: render {@link #containers()} instead of the firewall. */
    public boolean containerMode() {
        return !containers.isEmpty();
    }

    /**
     * One container of a container service deployment, as synthesized.
     *
     * @param ports          the container's ports on the service's private network, e.g. {@code 18789/HTTP}
     * @param publicEndpoint what the service's public endpoint does with it: {@code :8080, health /health}, or
     *                       {@code no (private network only)}
     */
    public record ContainerEntry(String service, String name, String image, String ports, String publicEndpoint) {
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
     * @param policy    the load balancer TLS policy, or {@code (no load balancer)} for a container service, whose
     *                  endpoint TLS Lightsail manages
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
