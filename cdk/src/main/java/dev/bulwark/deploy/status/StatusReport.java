package dev.bulwark.deploy.status;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;

/**
 * A deployment as AWS has it now, for {@code bulwark status}.
 *
 * @param stackName      the stack
 * @param stackStatus    CloudFormation's status, or {@code NOT_DEPLOYED}
 * @param resources      every stack resource with its status
 * @param certificate    the certificate status and phase, when the stack has one
 * @param firewall       the instance's firewall as Lightsail applies it, one rule per line
 * @param instance       IMDS and IP address type as applied, when the instance exists
 * @param local          what this machine's deploy state file records
 */
public record StatusReport(String stackName, String stackStatus, List<Resource> resources,
                           Optional<String> certificate, List<String> firewall, Optional<String> instance,
                           LocalRecord local) {
    public StatusReport {
        resources = List.copyOf(resources);
        firewall = List.copyOf(firewall);
    }

    /** One stack resource. */
    public record Resource(String logicalId, String type, String status) {
    }

    public boolean deployed() {
        return !"NOT_DEPLOYED".equals(stackStatus);
    }

    public List<String> render() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("Stack " + stackName + ": " + stackStatus);
        if (!deployed()) {
            lines.add("Nothing is deployed for this blueprint. Run `bulwark deploy` to create it.");
            return lines;
        }
        lines.add("Resources:");
        resources.forEach(r -> lines.add(String.format("  %-34s %-36s %s", r.logicalId(), r.type(), r.status())));
        certificate.ifPresent(c -> lines.add("Certificate: " + c));
        instance.ifPresent(i -> lines.add("Instance: " + i));
        lines.add("Firewall (as applied):");
        if (firewall.isEmpty()) {
            lines.add("  no port open");
        }
        firewall.forEach(f -> lines.add("  " + f));
        lines.addAll(local.lines());
        return List.copyOf(lines);
    }

    /** The same facts as {@link #render()}, for scripts ({@code bulwark status --format json}). */
    public String toJson() {
        return StatusJson.write(json());
    }

    /** The JSON document as a tree, for a command that adds its own fields (status adds secret ages). */
    public ObjectNode json() {
        ObjectNode root = StatusJson.root(stackName, stackStatus);
        ArrayNode list = root.putArray("resources");
        resources.forEach(r -> list.addObject().put("logicalId", r.logicalId()).put("type", r.type())
                .put("status", r.status()));
        certificate.ifPresent(c -> root.put("certificate", c));
        instance.ifPresent(i -> root.put("instance", i));
        firewall.forEach(root.putArray("firewall")::add);
        local.addTo(root);
        return root;
    }
}
