package dev.bulwark.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.policy.HardeningPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads hand-written templates: the reader's job is parsing CloudFormation, not synthesizing it. */
class TemplateReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TemplateReader reader(String resourcesJson) throws Exception {
        JsonNode template = JSON.readTree("{\"Resources\":" + resourcesJson.replace('\'', '"') + "}");
        return new TemplateReader(template, HardeningPolicy.defaults());
    }

    @Test
    void firewall_privateAndAdminPorts_listsEachWithItsSource() throws Exception {
        TemplateReader reader = reader("{'I':{'Type':'AWS::Lightsail::Instance','Properties':{'Networking':{'Ports':["
                + "{'FromPort':22,'ToPort':22,'Protocol':'tcp','Cidrs':['203.0.113.0/24'],'Ipv6Cidrs':['2001:db8::/48']},"
                + "{'FromPort':80,'ToPort':80,'Protocol':'tcp','AccessType':'private'}]}}}}");
        List<Plan.FirewallEntry> firewall = reader.firewall();
        assertEquals(new Plan.FirewallEntry("22", "tcp", "203.0.113.0/24, 2001:db8::/48", true), firewall.get(0));
        assertEquals(new Plan.FirewallEntry("80", "tcp", "private (Lightsail network only)", false), firewall.get(1));
    }

    @Test
    void firewall_noPortsListed_showsLightsailDefaultsOpenToTheWorld() throws Exception {
        TemplateReader reader = reader("{'I':{'Type':'AWS::Lightsail::Instance','Properties':{}}}");
        Plan.FirewallEntry only = reader.firewall().get(0);
        assertTrue(only.isPublic());
        assertTrue(only.from().contains("0.0.0.0/0"));
    }

    @Test
    void firewall_publicPortWithoutCidrs_isShownAsOpenToAll() throws Exception {
        TemplateReader reader = reader("{'I':{'Type':'AWS::Lightsail::Instance','Properties':{'Networking':{'Ports':["
                + "{'FromPort':18789,'ToPort':18790,'Protocol':'tcp'}]}}}}");
        Plan.FirewallEntry entry = reader.firewall().get(0);
        assertEquals("18789-18790", entry.ports());
        assertTrue(entry.from().startsWith("0.0.0.0/0"));
    }

    @Test
    void firewall_allProtocolsWithoutPorts_isShownAsEveryPortTheWayTheRulesReadIt() throws Exception {
        TemplateReader reader = reader("{'I':{'Type':'AWS::Lightsail::Instance','Properties':{'Networking':{'Ports':["
                + "{'Protocol':'all','Cidrs':['203.0.113.0/24']}]}}}}");
        assertEquals(new Plan.FirewallEntry("0-65535", "all", "203.0.113.0/24", true), reader.firewall().get(0));
    }

    @Test
    void tls_modernPolicyAttachedCertificate_readsPolicyProtocolsAndNames() throws Exception {
        TemplateReader reader = reader("{'L':{'Type':'AWS::Lightsail::LoadBalancer','Properties':{'TlsPolicyName':'TLS-FS-Res-1-2-2019-08'}},"
                + "'C':{'Type':'AWS::Lightsail::LoadBalancerTlsCertificate','Properties':{'CertificateDomainName':'a.example.com',"
                + "'CertificateAlternativeNames':['b.example.com'],'IsAttached':true,'HttpsRedirectionEnabled':true}}}");
        Plan.TlsSummary tls = reader.tls();
        assertEquals(new Plan.TlsSummary("TLS-FS-Res-1-2-2019-08", List.of("TLSv1.2"), true, "a.example.com",
                List.of("b.example.com"), true, true), tls);
    }

    @Test
    void tls_loadBalancerWithoutPolicy_isLightsailsLegacyDefault() throws Exception {
        Plan.TlsSummary tls = reader("{'L':{'Type':'AWS::Lightsail::LoadBalancer','Properties':{}}}").tls();
        assertEquals("TLS-2016-08", tls.policy());
        assertFalse(tls.modern());
        assertTrue(tls.protocols().contains("TLSv1"));
    }

    @Test
    void resourcesAndSecrets_mixedTemplate_skipCdkMetadataAndShowIntrinsicsReadably() throws Exception {
        TemplateReader reader = reader("{'M':{'Type':'AWS::CDK::Metadata'},"
                + "'S':{'Type':'AWS::SecretsManager::Secret','Properties':{'Name':'demo/gateway-token'}},"
                + "'P':{'Type':'AWS::Lightsail::StaticIp','Properties':{'StaticIpName':{'Fn::Join':['-',['a','b']]}}}}");
        assertEquals(List.of(new Plan.PlannedResource("P", "AWS::Lightsail::StaticIp", "«Fn::Join - [a, b]»"),
                new Plan.PlannedResource("S", "AWS::SecretsManager::Secret", "demo/gateway-token")), reader.resources());
        assertEquals(List.of("demo/gateway-token"), reader.secretNames());
    }

    @Test
    void containers_phase2Service_listsPortsPublicEndpointAndAttachedCertificate() throws Exception {
        TemplateReader reader = reader("{'C':{'Type':'AWS::Lightsail::Certificate','Properties':{"
                + "'CertificateName':'cs-cert','DomainName':'a.example.com','SubjectAlternativeNames':['b.example.com']}},"
                + "'S':{'Type':'AWS::Lightsail::Container','Properties':{'ServiceName':'cs',"
                + "'PublicDomainNames':[{'CertificateName':'cs-cert','DomainNames':['a.example.com']}],"
                + "'ContainerServiceDeployment':{'Containers':["
                + "{'ContainerName':'gateway','Image':'gw@sha256:1','Ports':[{'Port':'18789','Protocol':'HTTP'}]},"
                + "{'ContainerName':'proxy','Image':'nginx@sha256:2','Ports':[{'Port':'8080','Protocol':'HTTP'}]},"
                + "{'ContainerName':'sidecar','Image':'s@sha256:3'}],"
                + "'PublicEndpoint':{'ContainerName':'proxy','ContainerPort':8080,'HealthCheckConfig':{'Path':'/health'}}}}}}");
        assertEquals(List.of(
                new Plan.ContainerEntry("cs", "gateway", "gw@sha256:1", "18789/HTTP", "no (private network only)"),
                new Plan.ContainerEntry("cs", "proxy", "nginx@sha256:2", "8080/HTTP", "yes, :8080, health /health"),
                new Plan.ContainerEntry("cs", "sidecar", "s@sha256:3", "(none)", "no (private network only)")),
                reader.containers());
        Plan.TlsSummary tls = reader.tls();
        assertEquals("a.example.com", tls.certificateDomain());
        assertEquals(List.of("b.example.com"), tls.alternativeNames());
        assertTrue(tls.attached());
        assertEquals("(no load balancer)", tls.policy());
        assertTrue(reader.firewall().isEmpty());
    }
}
