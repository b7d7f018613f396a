package dev.bulwark.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.baseline.BaselineFingerprint;
import dev.bulwark.cdk.instance.InstanceStackOutputs;
import dev.bulwark.cdk.nag.FirewallPort;
import dev.bulwark.policy.HardeningPolicy;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the facts a plan shows out of a synthesized CloudFormation template: resources, the instance firewall,
 * the load balancer TLS set-up (or the container service's certificate), the containers and secret names. Intrinsic functions are shown as {@code «Ref X»}.
 */
final class TemplateReader {
    private static final String[] NAME_PROPERTIES = {
        "CertificateName", "StaticIpName", "InstanceName", "LoadBalancerName", "Name", "ServiceName",
        "KeyPairName"};

    private final JsonNode resources;
    private final JsonNode outputs;
    private final HardeningPolicy policy;

    TemplateReader(JsonNode template, HardeningPolicy policy) {
        this.resources = template.path("Resources");
        this.outputs = template.path("Outputs");
        this.policy = policy;
    }

    /**
     * The host baseline the instance's user data installs, as the stack outputs carry it (the same outputs deploy
     * compares with the running stack's); empty for a template without an instance.
     */
    Optional<BaselineFingerprint> hostBaseline() {
        JsonNode digest = outputs.path(InstanceStackOutputs.BASELINE_DIGEST).path("Value");
        JsonNode files = outputs.path(InstanceStackOutputs.BASELINE_FILES).path("Value");
        return digest.isTextual() && files.isTextual() ? BaselineFingerprint.parse(digest.asText(), files.asText())
                : Optional.empty();
    }

    List<Plan.PlannedResource> resources() {
        List<Plan.PlannedResource> out = new ArrayList<>();
        forEach((id, resource) -> {
            String type = resource.path("Type").asText();
            if (!type.startsWith("AWS::CDK::")) {
                out.add(new Plan.PlannedResource(id, type, name(resource.path("Properties"))));
            }
        });
        return out;
    }

    List<Plan.FirewallEntry> firewall() {
        List<Plan.FirewallEntry> out = new ArrayList<>();
        forEach((id, resource) -> {
            if (!"AWS::Lightsail::Instance".equals(resource.path("Type").asText())) {
                return;
            }
            JsonNode ports = resource.path("Properties").path("Networking").path("Ports");
            if (!ports.isArray() || ports.isEmpty()) {
                out.add(new Plan.FirewallEntry("22, 80", "tcp",
                        "0.0.0.0/0, ::/0 (no ports listed: Lightsail keeps its defaults)", true));
                return;
            }
            for (JsonNode port : ports) {
                out.add(entry(port));
            }
        });
        return out;
    }

    Plan.TlsSummary tls() {
        String policyName = policy.tls().defaultLoadBalancerPolicy();
        boolean lbFound = false;
        String domain = "";
        List<String> alternatives = new ArrayList<>();
        boolean attached = false;
        boolean redirect = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
            JsonNode resource = it.next().getValue();
            JsonNode props = resource.path("Properties");
            switch (resource.path("Type").asText()) {
                case "AWS::Lightsail::LoadBalancer" -> {
                    lbFound = true;
                    // Lightsail's own default when no policy is named allows TLS 1.0 and 1.1.
                    policyName = props.has("TlsPolicyName") ? text(props.get("TlsPolicyName")) : "TLS-2016-08";
                }
                case "AWS::Lightsail::Certificate" -> {
                    domain = text(props.path("DomainName"));
                    props.path("SubjectAlternativeNames").forEach(n -> alternatives.add(text(n)));
                }
                case "AWS::Lightsail::Container" -> {
                    // The custom domain is attached in phase 2; the endpoint's TLS is Lightsail's, with no settings.
                    attached = props.path("PublicDomainNames").size() > 0;
                }
                case "AWS::Lightsail::LoadBalancerTlsCertificate" -> {
                    domain = text(props.path("CertificateDomainName"));
                    props.path("CertificateAlternativeNames").forEach(n -> alternatives.add(text(n)));
                    attached = props.path("IsAttached").asBoolean(false);
                    redirect = props.path("HttpsRedirectionEnabled").asBoolean(false);
                }
                default -> { }
            }
        }
        List<String> protocols = lbFound ? policy.tls().loadBalancerPolicies().getOrDefault(policyName, List.of())
                : List.of();
        return new Plan.TlsSummary(lbFound ? policyName : "(no load balancer)", protocols,
                lbFound && policy.tls().isModernLoadBalancerPolicy(policyName), domain, alternatives, attached,
                redirect);
    }

    /** Every container of every container service, with its private ports and whether it is the public endpoint. */
    List<Plan.ContainerEntry> containers() {
        List<Plan.ContainerEntry> out = new ArrayList<>();
        forEach((id, resource) -> {
            if (!"AWS::Lightsail::Container".equals(resource.path("Type").asText())) {
                return;
            }
            JsonNode props = resource.path("Properties");
            String service = text(props.path("ServiceName"));
            JsonNode deployment = props.path("ContainerServiceDeployment");
            JsonNode endpoint = deployment.path("PublicEndpoint");
            for (JsonNode container : deployment.path("Containers")) {
                String name = text(container.path("ContainerName"));
                List<String> ports = new ArrayList<>();
                container.path("Ports").forEach(p -> ports.add(text(p.path("Port")) + "/" + text(p.path("Protocol"))));
                String publicEndpoint = "no (private network only)";
                if (endpoint.isObject() && name.equals(text(endpoint.path("ContainerName")))) {
                    JsonNode health = endpoint.path("HealthCheckConfig");
                    publicEndpoint = "yes, :" + text(endpoint.path("ContainerPort")) + (health.has("Path")
                            ? ", health " + text(health.path("Path")) : ", NO health check");
                }
                out.add(new Plan.ContainerEntry(service, name, text(container.path("Image")),
                        ports.isEmpty() ? "(none)" : String.join(", ", ports), publicEndpoint));
            }
        });
        return out;
    }

    List<String> secretNames() {
        List<String> out = new ArrayList<>();
        forEach((id, resource) -> {
            if ("AWS::SecretsManager::Secret".equals(resource.path("Type").asText())) {
                out.add(text(resource.path("Properties").path("Name")));
            }
        });
        return out;
    }

    /** One row, read by the same parser the rule pack judges with, so the table shows what the rules saw. */
    private Plan.FirewallEntry entry(JsonNode port) {
        FirewallPort parsed;
        try {
            parsed = FirewallPort.parse(port);
        } catch (IllegalArgumentException notLiteral) {
            return new Plan.FirewallEntry("?", "?", "unreadable entry " + text(port) + " (" + notLiteral.getMessage()
                    + ")", true);
        }
        String range = parsed.fromPort() == parsed.toPort() ? Integer.toString(parsed.fromPort())
                : parsed.fromPort() + "-" + parsed.toPort();
        if (parsed.privateAccess()) {
            return new Plan.FirewallEntry(range, parsed.protocol(), "private (Lightsail network only)", false);
        }
        boolean noSource = parsed.cidrs().isEmpty() && parsed.ipv6Cidrs().isEmpty() && parsed.aliases().isEmpty();
        return new Plan.FirewallEntry(range, parsed.protocol(), noSource
                ? String.join(", ", parsed.publicSources()) + " (no CIDRs given: Lightsail opens it to all)"
                : String.join(", ", parsed.allPublicSources()), true);
    }

    private static String name(JsonNode props) {
        for (String key : NAME_PROPERTIES) {
            if (props.has(key)) {
                return text(props.get(key));
            }
        }
        return "";
    }

    /** A scalar as text, or an intrinsic function as {@code «Ref X»} / {@code «Fn::GetAtt X.Y»}. */
    static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "";
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        if (node.isArray()) {
            return "[" + String.join(", ", parts(node)) + "]";
        }
        if (node.isObject() && node.size() == 1) {
            Map.Entry<String, JsonNode> fn = node.fields().next();
            JsonNode arg = fn.getValue();
            String shown = arg.isArray() ? String.join(" ", parts(arg)) : text(arg);
            return "«" + fn.getKey() + " " + shown + "»";
        }
        return node.toString();
    }

    private static List<String> parts(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(n -> parts.add(text(n)));
        return parts;
    }

    private void forEach(java.util.function.BiConsumer<String, JsonNode> action) {
        Map<String, JsonNode> sorted = new TreeMap<>();
        resources.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
        sorted.forEach(action);
    }
}
