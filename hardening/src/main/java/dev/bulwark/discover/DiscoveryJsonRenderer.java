package dev.bulwark.discover;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.report.JsonDocuments;
import dev.bulwark.report.JsonReportRenderer;
import java.io.PrintWriter;

/**
 * The discovery report for scripts: {@code gateways} (one object per gateway endpoint; {@code version} is null when
 * it does not show), {@code services} (other open ports), and with {@code --verify} the verify report under
 * {@code verify}, in the schema of {@code docs/report-schema.json}.
 */
public final class DiscoveryJsonRenderer {
    public static final String SCHEMA_VERSION = "1";

    public void render(DiscoveryReport report, String toolVersion, PrintWriter out) {
        JsonDocuments.print(document(report, toolVersion), out);
    }

    ObjectNode document(DiscoveryReport report, String toolVersion) {
        ObjectNode doc = JsonDocuments.newDocument();
        doc.put("schemaVersion", SCHEMA_VERSION);
        doc.putObject("tool").put("name", "bulwark").put("version", toolVersion);
        doc.put("started", report.started().toString());
        doc.put("durationMs", report.elapsed().toMillis());
        ObjectNode scope = doc.putObject("scope");
        report.targets().forEach(scope.putArray("targets")::add);
        report.ports().forEach(scope.putArray("ports")::add);
        scope.put("addresses", report.addresses());
        ArrayNode gateways = doc.putArray("gateways");
        for (GatewayEndpoint g : report.gateways()) {
            ObjectNode node = gateways.addObject();
            node.put("address", g.address());
            node.put("port", g.port());
            node.put("product", g.product());
            if (g.version().isPresent()) {
                node.put("version", g.version().get());
            } else {
                node.putNull("version");
            }
            if (!g.versionRange().isEmpty()) {
                g.versionRange().forEach(node.putArray("versionRange")::add);
            }
            node.put("tls", g.tls());
            g.certificate().ifPresent(c -> node.put("certificate", c));
            node.put("authMode", g.authMode());
            node.put("url", g.url().toString());
            g.evidence().forEach(node.putArray("evidence")::add);
        }
        ArrayNode services = doc.putArray("services");
        for (OpenService s : report.services()) {
            ObjectNode node = services.addObject().put("address", s.address()).put("port", s.port())
                    .put("protocol", s.protocol());
            s.status().ifPresent(status -> node.put("status", status));
            s.server().ifPresent(server -> node.put("server", server));
        }
        report.verify().ifPresent(v -> doc.set("verify", new JsonReportRenderer().document(v)));
        return doc;
    }
}
