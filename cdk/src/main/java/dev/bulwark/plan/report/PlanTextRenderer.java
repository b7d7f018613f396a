package dev.bulwark.plan.report;

import dev.bulwark.blueprint.SourceProblem;
import dev.bulwark.plan.Plan;
import dev.bulwark.pricing.CostEstimate;
import dev.bulwark.report.ReportRenderer;
import dev.bulwark.report.TextReportRenderer;
import dev.bulwark.verify.VerifyReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The human-readable plan: what will be created, who can reach it, what the rules found (through the text renderer
 * verify uses), and what it costs.
 */
public final class PlanTextRenderer implements ReportRenderer {
    private final Plan plan;
    private final TextReportRenderer findings;

    public PlanTextRenderer(Plan plan, boolean color) {
        this.plan = plan;
        this.findings = new TextReportRenderer(color);
    }

    @Override
    public void render(VerifyReport report, PrintWriter out) {
        out.printf("bulwark plan: %s (%s)%n", plan.blueprintName(), plan.blueprintFile());
        out.printf("region %s, stack %s%n", plan.region(), plan.stackName());
        resources(plan, out);
        if (plan.containerMode()) {
            containers(plan, out);
        } else {
            firewall(plan, out);
            hostBaseline(plan, out);
        }
        tls(plan, out);
        secrets(plan, out);
        warnings(plan, out);
        findings(report, out);
        cost(plan.cost(), out);
        out.printf("%nTemplates written to %s%n", plan.outDir());
        for (Path template : plan.templates()) {
            out.printf("  %s%n", template);
        }
        out.flush();
    }

    private static void resources(Plan plan, PrintWriter out) {
        out.printf("%nResources (%d)%n", plan.resources().size());
        int typeWidth = plan.resources().stream().mapToInt(r -> r.type().length()).max().orElse(4);
        int idWidth = plan.resources().stream().mapToInt(r -> r.logicalId().length()).max().orElse(4);
        for (Plan.PlannedResource r : plan.resources()) {
            out.printf("  %-" + typeWidth + "s  %-" + idWidth + "s  %s%n", r.type(), r.logicalId(), r.name());
        }
    }

    private static void firewall(Plan plan, PrintWriter out) {
        out.printf("%nInstance firewall (Lightsail public ports)%n");
        out.printf("  %-12s %-6s %s%n", "PORT", "PROTO", "FROM");
        for (Plan.FirewallEntry e : plan.firewall()) {
            out.printf("  %-12s %-6s %s%n", e.ports(), e.protocol(), e.from());
        }
        boolean anyPublic = plan.firewall().stream().anyMatch(Plan.FirewallEntry::isPublic);
        out.printf("  %s%n", anyPublic ? "Some ports are public: check FROM above."
                : plan.loadBalanced() ? "No public port: web traffic arrives only through the load balancer."
                : "No public port and no load balancer: reach the gateway with `bulwark tunnel`.");
    }

    private static void hostBaseline(Plan plan, PrintWriter out) {
        if (plan.hostBaseline() == null) {
            return;
        }
        out.printf("%nHost baseline (the instance's user data: applied only when an instance is created)%n");
        out.printf("  digest %s, %d files%n", plan.hostBaseline().digest(), plan.hostBaseline().files().size());
        out.printf("  deploy compares it with the running instance's; if it differs, deploy names the changed files"
                + " and replaces%n  the instance only with --replace-instance (snapshot first; the static IP and the"
                + " load balancer move over).%n  Nothing is changed in place on a running host.%n");
    }

    private static void containers(Plan plan, PrintWriter out) {
        out.printf("%nContainers (service %s; only the public endpoint is reachable from the internet)%n",
                plan.containers().get(0).service());
        int nameWidth = Math.max(4, plan.containers().stream().mapToInt(c -> c.name().length()).max().orElse(4));
        int portWidth = Math.max(5, plan.containers().stream().mapToInt(c -> c.ports().length()).max().orElse(5));
        String row = "  %-" + nameWidth + "s  %-" + portWidth + "s  %-26s  %s%n";
        out.printf(row, "NAME", "PORTS", "PUBLIC ENDPOINT", "IMAGE");
        for (Plan.ContainerEntry c : plan.containers()) {
            out.printf(row, c.name(), c.ports(), c.publicEndpoint(), c.image());
        }
    }

    private static void tls(Plan plan, PrintWriter out) {
        Plan.TlsSummary tls = plan.tls();
        out.printf("%nTLS%n");
        if (plan.containerMode()) {
            out.printf("  service endpoint      HTTPS, terminated by Lightsail (no TLS policy to choose)%n");
        } else {
            out.printf("  load balancer policy  %s (%s)%s%n", tls.policy(), String.join(", ", tls.protocols()),
                    tls.modern() ? "" : "  <- allows protocols below TLS 1.2");
        }
        String names = tls.alternativeNames().isEmpty() ? tls.certificateDomain()
                : tls.certificateDomain() + " + " + String.join(", ", tls.alternativeNames());
        out.printf("  certificate           %s%n", names);
        out.printf("  attached              %s%n", tls.attached() && plan.containerMode()
                ? "yes: the service endpoint serves the custom domain"
                : tls.attached()
                ? "yes, HTTPS redirect " + (tls.httpsRedirect() ? "on" : "OFF")
                : plan.containerMode()
                ? "not yet: the custom domain is attached once DNS validation completes (bulwark deploy)"
                : "not yet: attached with the HTTPS redirect once DNS validation completes (bulwark deploy)");
    }

    private static void secrets(Plan plan, PrintWriter out) {
        out.printf("%nSecrets Manager (names only; values never appear in templates or output)%n");
        for (String name : plan.secretNames()) {
            out.printf("  %s%n", name);
        }
        out.printf("  %s%n", plan.secretsMaxAgeDays() == null
                ? "no secrets.maxAgeDays: `bulwark status` shows each secret's age, without a limit"
                : "secrets.maxAgeDays " + plan.secretsMaxAgeDays() + ": `bulwark status` says which secret is older"
                + " (then `bulwark rotate`)");
    }

    private static void warnings(Plan plan, PrintWriter out) {
        if (plan.warnings().isEmpty()) {
            return;
        }
        out.printf("%nBlueprint warnings%n");
        for (SourceProblem w : plan.warnings()) {
            out.printf("  %s%n", w);
        }
    }

    private void findings(VerifyReport report, PrintWriter out) {
        out.printf("%nRule findings (" + PlanReports.LIGHTSAIL_PACK + ", " + PlanReports.OTHER_PACKS + ")%n");
        if (report.allFindings().isEmpty()) {
            out.printf("  none unacknowledged%n");
        }
        out.flush();
        findings.renderFindings(report.allFindings(), out);
        if (!plan.acknowledged().isEmpty()) {
            out.printf("  acknowledged (%d):%n", plan.acknowledged().size());
            for (Plan.Acknowledgement a : plan.acknowledged()) {
                out.printf("    %s  %s%n      reason: %s%n", a.ruleId(), a.target(), a.reason());
            }
        }
    }

    private static void cost(CostEstimate cost, PrintWriter out) {
        out.printf("%nEstimated monthly cost (%s, list prices recorded %s; excludes data transfer and model usage)%n",
                cost.currency(), cost.pricesRecorded());
        for (CostEstimate.Line line : cost.lines()) {
            String item = line.quantity() > 1 ? line.item() + " x" + line.quantity() : line.item();
            out.printf(Locale.ROOT, "  %-28s %8.2f  %s%n", item, line.monthly(), line.note());
        }
        out.printf(Locale.ROOT, "  %-28s %8.2f%n", "total", cost.monthlyTotal());
    }
}
