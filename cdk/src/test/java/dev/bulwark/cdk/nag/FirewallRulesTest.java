package dev.bulwark.cdk.nag;

import dev.bulwark.cdk.nag.RuleVerdict.Compliance;
import dev.bulwark.policy.HardeningPolicy;
import dev.bulwark.verify.Expectations;
import dev.bulwark.verify.ports.WatchedPort;
import dev.bulwark.verify.ports.WatchedPorts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.bulwark.cdk.nag.RuleVerdict.Compliance.COMPLIANT;
import static dev.bulwark.cdk.nag.RuleVerdict.Compliance.NON_COMPLIANT;
import static dev.bulwark.cdk.nag.RuleVerdict.Compliance.NOT_APPLICABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Table tests of the firewall rules as pure functions of one instance; the synth tests cover the jsii path. */
class FirewallRulesTest {

    private static final LightsailHardeningProps PROPS =
            LightsailHardeningProps.of(List.of("203.0.113.0/24"), List.of("2001:db8::/32"), 18789);

    private static Compliance verdict(LightsailRule rule, String ports) {
        return rule.check(TestResources.instanceWithPorts(ports)).compliance();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ssh to admin /24 only                  | [{'FromPort':22,'ToPort':22,'Protocol':'tcp','Cidrs':['203.0.113.0/24']}] | COMPLIANT
            ssh to 0.0.0.0/0                       | [{'FromPort':22,'ToPort':22,'Protocol':'tcp','Cidrs':['0.0.0.0/0']}]      | NON_COMPLIANT
            ssh to ::/0                            | [{'FromPort':22,'ToPort':22,'Protocol':'tcp','Ipv6Cidrs':['::/0']}]       | NON_COMPLIANT
            ssh to IPv4 /7 counts as world         | [{'FromPort':22,'ToPort':22,'Protocol':'tcp','Cidrs':['0.0.0.0/7']}]      | NON_COMPLIANT
            ssh to IPv4 /8 is not world            | [{'FromPort':22,'ToPort':22,'Protocol':'tcp','Cidrs':['10.0.0.0/8']}]     | COMPLIANT
            ssh to IPv6 /15 counts as world        | [{'FromPort':22,'ToPort':22,'Protocol':'tcp','Ipv6Cidrs':['2000::/15']}]  | NON_COMPLIANT
            range 1-1024 covering 22, world        | [{'FromPort':1,'ToPort':1024,'Protocol':'tcp','Cidrs':['0.0.0.0/0']}]    | NON_COMPLIANT
            protocol all covering 22, world        | [{'FromPort':0,'ToPort':65535,'Protocol':'all','Cidrs':['0.0.0.0/0']}]   | NON_COMPLIANT
            udp 22 world is not ssh                | [{'FromPort':22,'ToPort':22,'Protocol':'udp','Cidrs':['0.0.0.0/0']}]      | COMPLIANT
            ssh world but private                  | [{'FromPort':22,'ToPort':22,'Protocol':'tcp','Cidrs':['0.0.0.0/0'],'AccessType':'private'}] | COMPLIANT
            ssh entry without any cidr is world    | [{'FromPort':22,'ToPort':22,'Protocol':'tcp'}]                              | NON_COMPLIANT
            443 world, no ssh entry                | [{'FromPort':443,'ToPort':443,'Protocol':'tcp','Cidrs':['0.0.0.0/0']}]    | COMPLIANT
            empty ports keeps default 22 open      | []                                                                          | NON_COMPLIANT
            """)
    void sshWorldOpen_table(String name, String ports, Compliance expected) {
        assertEquals(expected, verdict(new SshWorldOpenRule(PROPS), ports), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            exactly the admin block                | [{'FromPort':22,'ToPort':22,'Protocol':'tcp','Cidrs':['203.0.113.0/24']}] | COMPLIANT
            one host inside the admin block        | [{'FromPort':22,'ToPort':22,'Protocol':'tcp','Cidrs':['203.0.113.7/32']}] | COMPLIANT
            bare address inside the admin block    | [{'FromPort':22,'ToPort':22,'Protocol':'tcp','Cidrs':['203.0.113.7']}]    | COMPLIANT
            IPv6 inside the admin block            | [{'FromPort':22,'ToPort':22,'Protocol':'tcp','Ipv6Cidrs':['2001:db8:1::/48']}] | COMPLIANT
            wider than the admin block             | [{'FromPort':22,'ToPort':22,'Protocol':'tcp','Cidrs':['203.0.112.0/23']}] | NON_COMPLIANT
            a narrow non-admin block               | [{'FromPort':22,'ToPort':22,'Protocol':'tcp','Cidrs':['198.51.100.9/32']}] | NON_COMPLIANT
            IPv4 admin block as IPv6 is not admin  | [{'FromPort':22,'ToPort':22,'Protocol':'tcp','Ipv6Cidrs':['::ffff:203.0.113.0/120']}] | NON_COMPLIANT
            lightsail-connect alias                | [{'FromPort':22,'ToPort':22,'Protocol':'tcp','Cidrs':['203.0.113.0/24'],'CidrListAliases':['lightsail-connect']}] | NON_COMPLIANT
            non-admin but private                  | [{'FromPort':22,'ToPort':22,'Protocol':'tcp','Cidrs':['198.51.100.9/32'],'AccessType':'private'}] | COMPLIANT
            non-admin on 2222 is not ssh           | [{'FromPort':2222,'ToPort':2222,'Protocol':'tcp','Cidrs':['198.51.100.9/32']}] | COMPLIANT
            empty ports keeps default 22 open      | []                                                                          | NON_COMPLIANT
            """)
    void sshBeyondAdminCidrs_table(String name, String ports, Compliance expected) {
        assertEquals(expected, verdict(new SshBeyondAdminCidrsRule(PROPS), ports), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            gateway port from one host             | [{'FromPort':18789,'ToPort':18789,'Protocol':'tcp','Cidrs':['198.51.100.9/32']}] | NON_COMPLIANT
            range covering the gateway             | [{'FromPort':18000,'ToPort':19000,'Protocol':'tcp','Cidrs':['203.0.113.0/24']}] | NON_COMPLIANT
            gateway + 4 (canvas host)              | [{'FromPort':18793,'ToPort':18793,'Protocol':'tcp','Cidrs':['0.0.0.0/0']}]       | NON_COMPLIANT
            gateway + 5 is outside the family      | [{'FromPort':18794,'ToPort':18794,'Protocol':'tcp','Cidrs':['0.0.0.0/0']}]       | COMPLIANT
            browser devtools 18850                 | [{'FromPort':18850,'ToPort':18850,'Protocol':'tcp','Cidrs':['203.0.113.5/32']}]  | NON_COMPLIANT
            all protocols all ports                | [{'FromPort':0,'ToPort':65535,'Protocol':'all','Cidrs':['203.0.113.5/32']}]      | NON_COMPLIANT
            gateway port private                   | [{'FromPort':18789,'ToPort':18789,'Protocol':'tcp','Cidrs':['0.0.0.0/0'],'AccessType':'private'}] | COMPLIANT
            only 443 public                        | [{'FromPort':443,'ToPort':443,'Protocol':'tcp','Cidrs':['0.0.0.0/0']}]           | COMPLIANT
            """)
    void gatewayPortPublic_table(String name, String ports, Compliance expected) {
        assertEquals(expected, verdict(new GatewayPortPublicRule(PROPS), ports), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            redis from one host                    | [{'FromPort':6379,'ToPort':6379,'Protocol':'tcp','Cidrs':['198.51.100.9/32']}]  | NON_COMPLIANT
            docker api in a range                  | [{'FromPort':2000,'ToPort':2400,'Protocol':'tcp','Cidrs':['203.0.113.0/24']}]   | NON_COMPLIANT
            ollama to the world                    | [{'FromPort':11434,'ToPort':11434,'Protocol':'tcp','Cidrs':['0.0.0.0/0']}]      | NON_COMPLIANT
            postgres private                       | [{'FromPort':5432,'ToPort':5432,'Protocol':'tcp','Cidrs':['0.0.0.0/0'],'AccessType':'private'}] | COMPLIANT
            ssh is left to the ssh rules           | [{'FromPort':22,'ToPort':22,'Protocol':'tcp','Cidrs':['0.0.0.0/0']}]            | COMPLIANT
            https only                             | [{'FromPort':443,'ToPort':443,'Protocol':'tcp','Cidrs':['0.0.0.0/0']}]          | COMPLIANT
            """)
    void adminPortPublic_table(String name, String ports, Compliance expected) {
        assertEquals(expected, verdict(new AdminPortPublicRule(PROPS), ports), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            443 to 0.0.0.0/0                       | [{'FromPort':443,'ToPort':443,'Protocol':'tcp','Cidrs':['0.0.0.0/0']}]    | NON_COMPLIANT
            443 to ::/0                            | [{'FromPort':443,'ToPort':443,'Protocol':'tcp','Ipv6Cidrs':['::/0']}]     | NON_COMPLIANT
            443 to a /8                            | [{'FromPort':443,'ToPort':443,'Protocol':'tcp','Cidrs':['10.0.0.0/8']}]   | COMPLIANT
            443 world but private                  | [{'FromPort':443,'ToPort':443,'Protocol':'tcp','Cidrs':['0.0.0.0/0'],'AccessType':'private'}] | COMPLIANT
            only private entries                   | [{'FromPort':22,'ToPort':22,'Protocol':'tcp','AccessType':'private'}]      | COMPLIANT
            """)
    void worldOpenPort_table(String name, String ports, Compliance expected) {
        assertEquals(expected, verdict(new WorldOpenPortRule(PROPS), ports), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no Networking block                    | {}                                                        | NON_COMPLIANT
            Networking without Ports               | {'Networking':{}}                                         | NON_COMPLIANT
            empty Ports                            | {'Networking':{'Ports':[]}}                               | NON_COMPLIANT
            ports listed private                   | {'Networking':{'Ports':[{'FromPort':22,'ToPort':22,'AccessType':'private'}]}} | COMPLIANT
            """)
    void defaultFirewall_table(String name, String properties, Compliance expected) {
        assertEquals(expected, new DefaultFirewallRule().check(TestResources.instance(properties)).compliance(), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            own key pair, ssh world                | {'KeyPairName':'admin','Networking':{'Ports':[{'FromPort':22,'ToPort':22,'Cidrs':['0.0.0.0/0']}]}} | COMPLIANT
            default key, ssh to admin              | {'Networking':{'Ports':[{'FromPort':22,'ToPort':22,'Cidrs':['203.0.113.0/24']}]}} | NON_COMPLIANT
            default key, default firewall          | {}                                                                               | NON_COMPLIANT
            default key, ssh only private          | {'Networking':{'Ports':[{'FromPort':22,'ToPort':22,'AccessType':'private'}]}}     | COMPLIANT
            default key, only 443 public           | {'Networking':{'Ports':[{'FromPort':443,'ToPort':443,'Cidrs':['0.0.0.0/0']}]}}    | COMPLIANT
            """)
    void defaultKeyPair_table(String name, String properties, Compliance expected) {
        assertEquals(expected, new DefaultKeyPairRule().check(TestResources.instance(properties)).compliance(), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            snapshot add-on present                | {'AddOns':[{'AddOnType':'AutoSnapshot','AutoSnapshotAddOnRequest':{'SnapshotTimeOfDay':'04:00'}}]} | COMPLIANT
            snapshot add-on enabled                | {'AddOns':[{'AddOnType':'AutoSnapshot','Status':'Enabled'}]}  | COMPLIANT
            snapshot add-on disabled               | {'AddOns':[{'AddOnType':'AutoSnapshot','Status':'Disabled'}]} | NON_COMPLIANT
            no add-ons                             | {}                                                             | NON_COMPLIANT
            """)
    void autoSnapshot_table(String name, String properties, Compliance expected) {
        assertEquals(expected, new AutoSnapshotRule().check(TestResources.instance(properties)).compliance(), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            AWS::Lightsail::LoadBalancer           | {'InstancePort':80}
            AWS::Lightsail::StaticIp               | {}
            """)
    void instanceRules_otherTypes_notApplicable(String type, String properties) {
        LightsailResource other = TestResources.of(type, properties);
        for (LightsailRule rule : List.of(new SshWorldOpenRule(PROPS), new SshBeyondAdminCidrsRule(PROPS),
                new GatewayPortPublicRule(PROPS), new WorldOpenPortRule(PROPS), new DefaultFirewallRule(),
                new AdminPortPublicRule(PROPS),
                new DefaultKeyPairRule(), new AutoSnapshotRule())) {
            assertEquals(NOT_APPLICABLE, rule.check(other).compliance(), rule.info().id());
        }
    }

    @org.junit.jupiter.api.Test
    void gatewayPortPublic_customGatewayPort_followsTheProps() {
        String ports = "[{'FromPort':28002,'ToPort':28002,'Protocol':'tcp','Cidrs':['198.51.100.9/32']}]";
        LightsailHardeningProps custom = LightsailHardeningProps.of(List.of(), List.of(), 28000);
        assertEquals(NON_COMPLIANT, verdict(new GatewayPortPublicRule(custom), ports), "gateway + 2 on 28000");
        assertEquals(COMPLIANT, verdict(new GatewayPortPublicRule(PROPS), ports), "28002 is nothing on 18789");
    }

    @org.junit.jupiter.api.Test
    void worldOpenPort_nullCidr_throwsInsteadOfGuessing() {
        LightsailResource instance = TestResources.instanceWithPorts(
                "[{'FromPort':443,'ToPort':443,'Protocol':'tcp','Cidrs':[null]}]");
        assertThrows(IllegalArgumentException.class, () -> new WorldOpenPortRule(PROPS).check(instance));
    }

    @org.junit.jupiter.api.Test
    void sshWorldOpen_unresolvedCidr_throws() {
        LightsailResource instance = TestResources.instanceWithPorts(
                "[{'FromPort':22,'ToPort':22,'Protocol':'tcp','Cidrs':[{'Ref':'AdminCidr'}]}]");
        assertThrows(IllegalArgumentException.class, () -> new SshWorldOpenRule(PROPS).check(instance));
    }

    @org.junit.jupiter.api.Test
    void worldOpenPort_evidence_namesPortAndSource() {
        RuleVerdict verdict = new WorldOpenPortRule(PROPS).check(TestResources.instanceWithPorts(
                "[{'FromPort':8080,'ToPort':8081,'Protocol':'tcp','Cidrs':['0.0.0.0/0']}]"));
        assertTrue(verdict.evidence().get(0).contains("tcp/8080-8081 open to 0.0.0.0/0"), verdict.toString());
        assertEquals(NON_COMPLIANT, verdict.compliance());
        assertEquals(COMPLIANT, RuleVerdict.fromEvidence(List.of()).compliance());
    }

    @ParameterizedTest(name = "tcp/{0} public")
    @ValueSource(ints = {3389, 5900, 6443, 9200, 8000, 8888, 9090, 10250})
    void adminPortPublic_portsVerifyScansThatThePolicyListOnlyNowInPlan_areRefused(int port) {
        String ports = "[{'FromPort':" + port + ",'ToPort':" + port + ",'Protocol':'tcp','Cidrs':['198.51.100.9/32']}]";
        assertEquals(NON_COMPLIANT, verdict(new AdminPortPublicRule(PROPS), ports), "tcp/" + port);
    }

    @org.junit.jupiter.api.Test
    void adminPortPublic_everyAdminPortVerifyWatches_isRefused() {
        HardeningPolicy policy = HardeningPolicy.defaults();
        List<Integer> watchedAdmin = WatchedPorts.of(policy,
                        Expectations.defaults(policy)).stream()
                .map(WatchedPort::port)
                .filter(policy.portsOf(HardeningPolicy.PortKind.ADMIN)::contains).toList();
        assertEquals(policy.portsOf(HardeningPolicy.PortKind.ADMIN), watchedAdmin);
        for (int port : watchedAdmin) {
            String ports = "[{'FromPort':" + port + ",'ToPort':" + port + ",'Protocol':'tcp','Cidrs':['0.0.0.0/0']}]";
            assertEquals(NON_COMPLIANT, verdict(new AdminPortPublicRule(PROPS), ports), "tcp/" + port);
        }
    }
}
