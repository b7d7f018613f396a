package dev.bulwark.discover.aws;

import dev.bulwark.discover.aws.CloudResource.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceAttributeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsResponse;
import software.amazon.awssdk.services.ec2.model.GroupIdentifier;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceAttributeName;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.Reservation;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * One region's EC2 instances that look like gateways: a security group opening the gateway port, tags or an AMI
 * name naming a brand, or user data that installs, starts or names one ({@link UserDataHints}; one
 * DescribeInstanceAttribute per instance). Terminated instances are left out; every list call follows its next
 * tokens.
 */
final class Ec2Inventory {
    private Ec2Inventory() {
    }

    static List<CloudResource> read(String region, Ec2Client ec2) {
        Map<String, List<FirewallOpening>> groupOpenings = securityGroups(ec2);
        List<Instance> instances = instances(ec2);
        Map<String, String> imageNames = imageNames(ec2, instances);
        List<CloudResource> found = new ArrayList<>();
        for (Instance instance : instances) {
            Map<String, String> tags = instance.tags().stream().collect(Collectors.toMap(Tag::key,
                    t -> t.value() == null ? "" : t.value(), (a, b) -> a));
            List<FirewallOpening> openings = instance.securityGroups().stream().map(GroupIdentifier::groupId)
                    .flatMap(g -> groupOpenings.getOrDefault(g, List.of()).stream()).toList();
            List<String> hints = new ArrayList<>();
            openings.stream().filter(o -> o.covers(GatewayHints.GATEWAY_PORT)).findFirst().ifPresent(o -> hints.add(
                    "a security group opens the gateway port " + GatewayHints.GATEWAY_PORT + " (" + o.describe()
                            + ")"));
            hints.addAll(GatewayHints.tags(tags));
            GatewayHints.naming("AMI name", imageNames.get(instance.imageId())).ifPresent(hints::add);
            hints.addAll(UserDataHints.of(userData(ec2, instance.instanceId())));
            if (hints.isEmpty() && !GatewayHints.managed(tags)) {
                continue;
            }
            String endpoint = instance.publicIpAddress() != null ? instance.publicIpAddress()
                    : instance.publicDnsName() == null || instance.publicDnsName().isEmpty() ? null
                    : instance.publicDnsName();
            found.add(new CloudResource(region, Kind.EC2_INSTANCE, instance.instanceId(), Optional.ofNullable(endpoint),
                    hints, openings, GatewayHints.managed(tags), GatewayHints.managedWhy(tags)));
        }
        return found;
    }

    private static Map<String, List<FirewallOpening>> securityGroups(Ec2Client ec2) {
        Map<String, List<FirewallOpening>> byGroup = new HashMap<>();
        for (SecurityGroup group : Pages.all(token -> ec2.describeSecurityGroups(r -> r.nextToken(token)),
                DescribeSecurityGroupsResponse::securityGroups, DescribeSecurityGroupsResponse::nextToken)) {
            byGroup.put(group.groupId(), group.ipPermissions().stream().map(Ec2Inventory::opening).toList());
        }
        return byGroup;
    }

    private static FirewallOpening opening(IpPermission p) {
        List<String> cidrs = Stream.concat(p.ipRanges().stream().map(r -> r.cidrIp()),
                p.ipv6Ranges().stream().map(r -> r.cidrIpv6())).toList();
        boolean all = "-1".equals(p.ipProtocol());
        return new FirewallOpening(all || p.fromPort() == null ? -1 : p.fromPort(),
                all || p.toPort() == null ? -1 : p.toPort(), all ? "all" : p.ipProtocol(), cidrs);
    }

    private static List<Instance> instances(Ec2Client ec2) {
        return Pages.all(token -> ec2.describeInstances(r -> r.nextToken(token)),
                DescribeInstancesResponse::reservations, DescribeInstancesResponse::nextToken).stream().map(Reservation::instances).flatMap(List::stream)
                .filter(i -> i.state() == null || !"terminated".equals(i.state().nameAsString())).toList();
    }

    /** The instance's user data (base64), or null when it has none. */
    private static String userData(Ec2Client ec2, String instanceId) {
        DescribeInstanceAttributeResponse response = ec2.describeInstanceAttribute(r -> r.instanceId(instanceId)
                .attribute(InstanceAttributeName.USER_DATA));
        return response.userData() == null ? null : response.userData().value();
    }

    private static Map<String, String> imageNames(Ec2Client ec2, List<Instance> instances) {
        Set<String> ids = new LinkedHashSet<>();
        instances.forEach(i -> ids.add(i.imageId()));
        ids.remove(null);
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        for (Image image : ec2.describeImages(r -> r.imageIds(ids)).images()) {
            if (image.name() != null) {
                names.put(image.imageId(), image.name());
            }
        }
        return names;
    }
}
