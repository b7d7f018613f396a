package dev.bulwark.discover.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.discover.aws.CloudResource.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.GroupIdentifier;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.lightsail.model.Container;
import software.amazon.awssdk.services.lightsail.model.ContainerService;
import software.amazon.awssdk.services.lightsail.model.ContainerServiceDeployment;
import software.amazon.awssdk.services.lightsail.model.ContainerServiceEndpoint;
import software.amazon.awssdk.services.lightsail.model.Instance;
import software.amazon.awssdk.services.lightsail.model.InstanceHealthSummary;
import software.amazon.awssdk.services.lightsail.model.InstancePortState;
import software.amazon.awssdk.services.lightsail.model.LoadBalancer;
import software.amazon.awssdk.services.lightsail.model.PortState;
import software.amazon.awssdk.services.lightsail.model.Tag;

/**
 * The AWS inventory at the SDK-client seam: there is no AWS control plane here, so each region's Lightsail and EC2
 * clients are stand-ins implementing the SDK interfaces ({@link SeamLightsail}, {@link SeamEc2}). Covers pages,
 * several regions, a failing region, and managed beside unmanaged resources. Throttling with the SDK's own retry
 * is in {@link ThrottledInventoryTest}, through a real SDK client.
 */
class AwsInventoryReaderTest {
    static final Set<String> ACTIONS = SeamLightsail.recorder();

    /** Three regions: eu-central-1 full of candidates, us-east-1 with a container service, ap-east-1 opted out. */
    /** A shadow gateway's cloud-init script, with a token that must never reach the report. */
    static final String USER_DATA = "#!/bin/bash\nset -e\ncurl -fsSL https://openclaw.ai/install.sh | bash\n"
            + "export OPENCLAW_GATEWAY_TOKEN=tok-3f9a1c7e5b\nopenclaw gateway --bind lan --port 18789 &\n";

    static AwsInventory readSampleAccount() {
        Map<String, SeamLightsail> lightsail = new HashMap<>();
        Map<String, SeamEc2> ec2 = new HashMap<>();
        for (String region : List.of("us-east-1", "eu-central-1", "ap-east-1")) {
            lightsail.put(region, new SeamLightsail(ACTIONS));
            ec2.put(region, new SeamEc2(ACTIONS));
        }
        lightsail.get("us-east-1").regions = List.of("us-east-1", "eu-central-1", "ap-east-1");

        SeamLightsail eu = lightsail.get("eu-central-1");
        eu.instancePages = List.of(
                List.of(instance("shadow-agent", "openclaw_ls_1_0", Map.of(), "198.51.100.7"),
                        instance("wordpress-1", "wordpress", Map.of(), "198.51.100.8")),
                List.of(instance("bulwark-agent", "ubuntu_24_04", Map.of("bulwark:blueprint", "agent"),
                        "198.51.100.9"), instance("build-box", "ubuntu_24_04", Map.of("team", "ml"), "198.51.100.10")));
        eu.portStates.put("shadow-agent", List.of(open(22, "0.0.0.0/0"), open(18789, "0.0.0.0/0")));
        eu.portStates.put("build-box", List.of(open(18789, "203.0.113.0/24")));
        eu.portStates.put("wordpress-1", List.of(open(80, "0.0.0.0/0")));
        eu.loadBalancers = List.of(LoadBalancer.builder().name("bulwark-agent-lb").dnsName("lb.example")
                .instancePort(80).instanceHealthSummary(InstanceHealthSummary.builder().instanceName("bulwark-agent")
                        .build()).tags(tag("bulwark:blueprint", "agent")).build(),
                LoadBalancer.builder().name("shop-lb").dnsName("shop.example").instancePort(80).build());

        lightsail.get("us-east-1").containerServices = List.of(ContainerService.builder().containerServiceName("assistant")
                .url("https://assistant.abc.us-east-1.cs.amazonlightsail.com/")
                .currentDeployment(ContainerServiceDeployment.builder()
                        .containers(Map.of("gw", Container.builder().image("ghcr.io/openclaw/openclaw:2026.9.6")
                                .portsWithStrings(Map.of("18789", "HTTP")).build()))
                        .publicEndpoint(ContainerServiceEndpoint.builder().containerName("gw").containerPort(18789)
                                .build()).build()).build(),
                ContainerService.builder().containerServiceName("blog").build());

        lightsail.get("ap-east-1").failWith = "OptInRequired";
        ec2.get("ap-east-1").failWith = "AuthFailure";

        SeamEc2 euEc2 = ec2.get("eu-central-1");
        euEc2.groupPages = List.of(
                List.of(SecurityGroup.builder().groupId("sg-web").ipPermissions(IpPermission.builder()
                        .ipProtocol("tcp").fromPort(443).toPort(443).ipRanges(IpRange.builder().cidrIp("0.0.0.0/0")
                                .build()).build()).build()),
                List.of(SecurityGroup.builder().groupId("sg-agent").ipPermissions(IpPermission.builder()
                        .ipProtocol("tcp").fromPort(18000).toPort(19000).ipRanges(IpRange.builder()
                                .cidrIp("0.0.0.0/0").build()).build()).build()));
        euEc2.instances = List.of(
                ec2Instance("i-open", "ami-1", "sg-agent", Map.of()),
                ec2Instance("i-ami", "ami-2", "sg-web", Map.of()),
                ec2Instance("i-web", "ami-3", "sg-web", Map.of()),
                ec2Instance("i-userdata", "ami-3", "sg-web", Map.of()));
        euEc2.userData = Map.of("i-web", base64("#!/bin/bash\napt-get install -y nginx\n"),
                "i-userdata", base64(USER_DATA));
        euEc2.images = List.of(Image.builder().imageId("ami-2").name("clawdbot-gateway-2026-01").build(),
                Image.builder().imageId("ami-3").name("nginx-base").build());

        RegionalClients clients = new RegionalClients() {
            @Override
            public LightsailClient lightsail(String region) {
                return lightsail.get(region);
            }

            @Override
            public Ec2Client ec2(String region) {
                return ec2.get(region);
            }

            @Override
            public void close() {
            }
        };
        return new AwsInventoryReader(clients).read(Optional.empty());
    }

    @Test
    void read_severalRegionsWithPages_findsEveryCandidateOnEveryPage() {
        AwsInventory inventory = readSampleAccount();

        assertEquals(List.of("ap-east-1", "eu-central-1", "us-east-1"), inventory.regions());
        assertEquals(List.of(
                "eu-central-1 lightsail-instance build-box",
                "eu-central-1 lightsail-instance bulwark-agent",
                "eu-central-1 lightsail-instance shadow-agent",
                "eu-central-1 lightsail-load-balancer bulwark-agent-lb",
                "eu-central-1 ec2-instance i-ami",
                "eu-central-1 ec2-instance i-open",
                "eu-central-1 ec2-instance i-userdata",
                "us-east-1 lightsail-container-service assistant"),
                inventory.resources().stream().map(r -> r.region() + " " + r.kind().label() + " " + r.name())
                        .toList());
    }

    @Test
    void read_failingRegion_isReportedAndTheOthersAreStillRead() {
        AwsInventory inventory = readSampleAccount();

        assertFalse(inventory.complete());
        assertEquals(List.of("ap-east-1 ec2 AuthFailure", "ap-east-1 lightsail OptInRequired"),
                inventory.failures().stream().map(f -> f.region() + " " + f.service() + " "
                        + f.message().split(":")[0]).toList());
    }

    @Test
    void read_mixedResources_saysWhichAreManagedAndWhy() {
        AwsInventory inventory = readSampleAccount();
        CloudResource managed = find(inventory, "bulwark-agent");
        CloudResource shadow = find(inventory, "shadow-agent");

        assertTrue(managed.managed());
        assertEquals("tagged bulwark:blueprint=agent by a bulwark stack", managed.managedWhy());
        assertFalse(shadow.managed());
        assertTrue(shadow.managedWhy().contains("not deployed by bulwark"), shadow.managedWhy());
        assertTrue(find(inventory, "bulwark-agent-lb").managed());
    }

    @Test
    void read_hintsAndFirewall_sayWhyEachWasPickedAndWhatTheFirewallExposes() {
        AwsInventory inventory = readSampleAccount();

        CloudResource shadow = find(inventory, "shadow-agent");
        assertTrue(shadow.hints().get(0).contains("openclaw_ls_1_0"), shadow.hints().toString());
        assertEquals(List.of("the cloud firewall opens 18789 to the internet (tcp 18789 from 0.0.0.0/0)"),
                shadow.firewallExposures(18789));
        assertEquals(Optional.of("198.51.100.7"), shadow.publicEndpoint());

        CloudResource buildBox = find(inventory, "build-box");
        assertTrue(buildBox.hints().get(0).contains("18789 is open"), buildBox.hints().toString());
        assertEquals(List.of(), buildBox.firewallExposures(18789), "open to one /24 only, not to the internet");

        assertTrue(find(inventory, "i-open").firewallExposures(18789).get(0).contains("18000-19000"));
        assertTrue(find(inventory, "i-ami").hints().contains("AMI name `clawdbot-gateway-2026-01` names clawdbot"));
        assertEquals(List.of("user data line 3 installs openclaw (with curl)",
                "user data line 4 names openclaw", "user data line 5 starts openclaw (`openclaw gateway`)"),
                find(inventory, "i-userdata").hints());
        assertFalse(inventory.resources().toString().contains("tok-3f9a1c7e5b"), "user data secrets stay out");
        CloudResource container = find(inventory, "assistant");
        assertTrue(container.hints().stream().anyMatch(h -> h.contains("ghcr.io/openclaw/openclaw")),
                container.hints().toString());
        assertTrue(container.hints().stream().anyMatch(h -> h.contains("public endpoint is the gateway port")));
    }

    private static String base64(String text) {
        return java.util.Base64.getEncoder().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static CloudResource find(AwsInventory inventory, String name) {
        return inventory.resources().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static Instance instance(String name, String blueprint, Map<String, String> tags, String ip) {
        return Instance.builder().name(name).blueprintId(blueprint).publicIpAddress(ip)
                .tags(tags.entrySet().stream().map(e -> tag(e.getKey(), e.getValue())).toList()).build();
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    private static InstancePortState open(int port, String cidr) {
        return InstancePortState.builder().fromPort(port).toPort(port).protocol("tcp").state(PortState.OPEN)
                .cidrs(cidr).build();
    }

    private static software.amazon.awssdk.services.ec2.model.Instance ec2Instance(String id, String ami, String group,
                                                                                  Map<String, String> tags) {
        return software.amazon.awssdk.services.ec2.model.Instance.builder().instanceId(id).imageId(ami)
                .publicIpAddress("198.51.100.20").securityGroups(GroupIdentifier.builder().groupId(group).build())
                .tags(tags.entrySet().stream().map(e -> software.amazon.awssdk.services.ec2.model.Tag.builder()
                        .key(e.getKey()).value(e.getValue()).build()).toList()).build();
    }
}
