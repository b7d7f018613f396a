package dev.bulwark.discover.aws;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The AWS inventory as text and as the {@code aws} object of the discovery JSON; and the endpoints to verify. */
public final class AwsInventoryRenderer {
    private AwsInventoryRenderer() {
    }

    public static void json(AwsInventory inventory, ObjectNode node) {
        inventory.regions().forEach(node.putArray("regions")::add);
        ArrayNode resources = node.putArray("resources");
        for (CloudResource r : inventory.resources()) {
            ObjectNode n = resources.addObject().put("region", r.region()).put("kind", r.kind().label())
                    .put("name", r.name());
            if (r.publicEndpoint().isPresent()) {
                n.put("publicEndpoint", r.publicEndpoint().get());
            } else {
                n.putNull("publicEndpoint");
            }
            n.put("managed", r.managed()).put("managedWhy", r.managedWhy());
            r.hints().forEach(n.putArray("hints")::add);
            ArrayNode openings = n.putArray("firewall");
            r.openings().forEach(o -> {
                ObjectNode on = openings.addObject().put("protocol", o.protocol()).put("fromPort", o.fromPort())
                        .put("toPort", o.toPort());
                o.cidrs().forEach(on.putArray("cidrs")::add);
            });
            r.firewallExposures(GatewayHints.GATEWAY_PORT).forEach(n.putArray("firewallExposures")::add);
        }
        ArrayNode failures = node.putArray("failures");
        inventory.failures().forEach(f -> failures.addObject().put("region", f.region()).put("service", f.service())
                .put("message", f.message()));
    }

    public static void text(AwsInventory inventory, PrintWriter out) {
        out.println("AWS: " + inventory.regions().size() + " region(s) read, " + inventory.resources().size()
                + " gateway candidate(s)");
        for (CloudResource r : inventory.resources()) {
            out.println("  " + r.region() + "  " + r.kind().label() + "  " + r.name() + "  "
                    + r.publicEndpoint().orElse("(no public endpoint)") + "  "
                    + (r.managed() ? "managed" : "NOT managed") + ": " + r.managedWhy());
            r.hints().forEach(h -> out.println("      why: " + h));
            r.firewallExposures(GatewayHints.GATEWAY_PORT).forEach(e -> out.println("      exposure: " + e));
        }
        for (RegionFailure f : inventory.failures()) {
            out.println("  NOT READ " + f.region() + " " + f.service() + ": " + f.message());
        }
        out.flush();
    }

    /**
     * Where each candidate can be checked from outside: a container service's URL, a load balancer's DNS name over
     * HTTPS, an instance's public address on the gateway port when its firewall opens that port.
     */
    public static List<URI> publicEndpoints(AwsInventory inventory) {
        List<URI> endpoints = new ArrayList<>();
        for (CloudResource r : inventory.resources()) {
            Optional<String> at = r.publicEndpoint();
            if (at.isEmpty()) {
                continue;
            }
            switch (r.kind()) {
                case LIGHTSAIL_CONTAINER_SERVICE -> endpoints.add(URI.create(at.get().endsWith("/") ? at.get()
                        : at.get() + "/"));
                case LIGHTSAIL_LOAD_BALANCER -> endpoints.add(URI.create("https://" + at.get() + "/"));
                default -> {
                    if (r.openings().stream().anyMatch(o -> o.covers(GatewayHints.GATEWAY_PORT))) {
                        String host = at.get().contains(":") ? "[" + at.get() + "]" : at.get();
                        endpoints.add(URI.create("http://" + host + ":" + GatewayHints.GATEWAY_PORT + "/"));
                    }
                }
            }
        }
        return endpoints;
    }
}
