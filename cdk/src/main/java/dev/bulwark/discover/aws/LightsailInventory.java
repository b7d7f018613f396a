package dev.bulwark.discover.aws;

import dev.bulwark.discover.aws.CloudResource.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.lightsail.model.Container;
import software.amazon.awssdk.services.lightsail.model.ContainerService;
import software.amazon.awssdk.services.lightsail.model.GetInstancesResponse;
import software.amazon.awssdk.services.lightsail.model.GetLoadBalancersResponse;
import software.amazon.awssdk.services.lightsail.model.Instance;
import software.amazon.awssdk.services.lightsail.model.InstancePortState;
import software.amazon.awssdk.services.lightsail.model.LoadBalancer;
import software.amazon.awssdk.services.lightsail.model.PortState;
import software.amazon.awssdk.services.lightsail.model.Tag;

/**
 * One region's Lightsail gateways: instances (OpenClaw blueprint, a brand in name or tags, or the gateway port open
 * in their live port states), container services running a gateway image or port, and load balancers forwarding
 * to the gateway port or to a gateway instance. Every list call follows its page tokens.
 */
final class LightsailInventory {
    private LightsailInventory() {
    }

    static List<CloudResource> read(String region, LightsailClient lightsail) {
        List<CloudResource> found = new ArrayList<>();
        List<String> gatewayInstances = new ArrayList<>();
        for (Instance instance : instances(lightsail)) {
            Map<String, String> tags = tags(instance.tags());
            List<FirewallOpening> openings = portStates(lightsail, instance.name());
            List<String> hints = new ArrayList<>();
            if (GatewayHints.OPENCLAW_BLUEPRINT.equals(instance.blueprintId())) {
                hints.add("blueprint " + GatewayHints.OPENCLAW_BLUEPRINT + " (Lightsail's OpenClaw image)");
            } else {
                GatewayHints.naming("blueprint", instance.blueprintId()).ifPresent(hints::add);
            }
            GatewayHints.naming("name", instance.name()).ifPresent(hints::add);
            hints.addAll(GatewayHints.tags(tags));
            openings.stream().filter(o -> o.covers(GatewayHints.GATEWAY_PORT)).findFirst().ifPresent(o -> hints.add(
                    "the gateway port " + GatewayHints.GATEWAY_PORT + " is open (" + o.describe() + ")"));
            if (!hints.isEmpty() || GatewayHints.managed(tags)) {
                gatewayInstances.add(instance.name());
                found.add(new CloudResource(region, Kind.LIGHTSAIL_INSTANCE, instance.name(),
                        Optional.ofNullable(instance.publicIpAddress()), hints, openings, GatewayHints.managed(tags),
                        GatewayHints.managedWhy(tags)));
            }
        }
        for (ContainerService service : lightsail.getContainerServices(r -> { }).containerServices()) {
            containerService(region, service).ifPresent(found::add);
        }
        for (LoadBalancer balancer : loadBalancers(lightsail)) {
            loadBalancer(region, balancer, gatewayInstances).ifPresent(found::add);
        }
        return found;
    }

    private static List<Instance> instances(LightsailClient lightsail) {
        return Pages.all(token -> lightsail.getInstances(r -> r.pageToken(token)), GetInstancesResponse::instances,
                GetInstancesResponse::nextPageToken);
    }

    private static List<LoadBalancer> loadBalancers(LightsailClient lightsail) {
        return Pages.all(token -> lightsail.getLoadBalancers(r -> r.pageToken(token)),
                GetLoadBalancersResponse::loadBalancers, GetLoadBalancersResponse::nextPageToken);
    }

    /** The live firewall: only the open port states, with their IPv4 and IPv6 CIDRs. */
    private static List<FirewallOpening> portStates(LightsailClient lightsail, String instance) {
        List<FirewallOpening> openings = new ArrayList<>();
        for (InstancePortState state : lightsail.getInstancePortStates(r -> r.instanceName(instance)).portStates()) {
            if (state.state() == PortState.OPEN) {
                List<String> cidrs = Stream.concat(state.cidrs().stream(), state.ipv6Cidrs().stream()).toList();
                openings.add(new FirewallOpening(state.fromPort(), state.toPort(), state.protocolAsString(), cidrs));
            }
        }
        return openings;
    }

    private static Optional<CloudResource> containerService(String region, ContainerService service) {
        Map<String, String> tags = tags(service.tags());
        List<String> hints = new ArrayList<>();
        if (service.currentDeployment() != null) {
            for (Map.Entry<String, Container> c : service.currentDeployment().containers().entrySet()) {
                GatewayHints.naming("container `" + c.getKey() + "` image", c.getValue().image())
                        .ifPresent(hints::add);
                if (c.getValue().ports().containsKey(Integer.toString(GatewayHints.GATEWAY_PORT))) {
                    hints.add("container `" + c.getKey() + "` listens on the gateway port "
                            + GatewayHints.GATEWAY_PORT);
                }
            }
            var endpoint = service.currentDeployment().publicEndpoint();
            if (endpoint != null && Integer.valueOf(GatewayHints.GATEWAY_PORT).equals(endpoint.containerPort())) {
                hints.add("the public endpoint is the gateway port itself (container `" + endpoint.containerName()
                        + "`)");
            }
        }
        GatewayHints.naming("name", service.containerServiceName()).ifPresent(hints::add);
        hints.addAll(GatewayHints.tags(tags));
        if (hints.isEmpty() && !GatewayHints.managed(tags)) {
            return Optional.empty();
        }
        return Optional.of(new CloudResource(region, Kind.LIGHTSAIL_CONTAINER_SERVICE, service.containerServiceName(),
                Optional.ofNullable(service.url()), hints, List.of(), GatewayHints.managed(tags),
                GatewayHints.managedWhy(tags)));
    }

    private static Optional<CloudResource> loadBalancer(String region, LoadBalancer balancer,
                                                        List<String> gatewayInstances) {
        Map<String, String> tags = tags(balancer.tags());
        List<String> hints = new ArrayList<>();
        if (Integer.valueOf(GatewayHints.GATEWAY_PORT).equals(balancer.instancePort())) {
            hints.add("forwards to the gateway port " + GatewayHints.GATEWAY_PORT);
        }
        balancer.instanceHealthSummary().stream().map(h -> h.instanceName()).filter(gatewayInstances::contains)
                .forEach(name -> hints.add("targets gateway instance " + name));
        GatewayHints.naming("name", balancer.name()).ifPresent(hints::add);
        hints.addAll(GatewayHints.tags(tags));
        if (hints.isEmpty() && !GatewayHints.managed(tags)) {
            return Optional.empty();
        }
        return Optional.of(new CloudResource(region, Kind.LIGHTSAIL_LOAD_BALANCER, balancer.name(),
                Optional.ofNullable(balancer.dnsName()), hints, List.of(), GatewayHints.managed(tags),
                GatewayHints.managedWhy(tags)));
    }

    private static Map<String, String> tags(List<Tag> tags) {
        return tags.stream().collect(Collectors.toMap(Tag::key, t -> t.value() == null ? "" : t.value(),
                (a, b) -> a));
    }
}
