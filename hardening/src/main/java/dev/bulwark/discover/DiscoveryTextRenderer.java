package dev.bulwark.discover;

import dev.bulwark.report.TextReportRenderer;
import java.io.PrintWriter;

/** The discovery report for a person: one line per gateway, one per other open port, then verify's text report. */
public final class DiscoveryTextRenderer {
    private final boolean color;

    public DiscoveryTextRenderer(boolean color) {
        this.color = color;
    }

    public void render(DiscoveryReport report, PrintWriter out) {
        out.println("bulwark discover: " + report.addresses() + " address(es) x " + report.ports().size()
                + " port(s) in " + report.elapsed().toMillis() + " ms");
        out.println();
        out.println("Gateways (" + report.gateways().size() + "):");
        for (GatewayEndpoint g : report.gateways()) {
            out.println("  " + g.url() + "  " + g.product() + " " + g.release().orElse("(release not shown)")
                    + "  auth: " + g.authMode() + g.certificate().map(c -> "  certificate: " + c).orElse(""));
            g.evidence().forEach(e -> out.println("      " + e));
        }
        out.println();
        out.println("Other open ports (" + report.services().size() + "):");
        for (OpenService s : report.services()) {
            out.println("  " + s.address() + ":" + s.port() + "  " + s.protocol()
                    + s.status().map(st -> " " + st).orElse("") + s.server().map(v -> "  server: " + v).orElse(""));
        }
        out.flush();
        if (report.verify().isPresent()) {
            out.println();
            new TextReportRenderer(color).render(report.verify().get(), out);
        }
    }
}
