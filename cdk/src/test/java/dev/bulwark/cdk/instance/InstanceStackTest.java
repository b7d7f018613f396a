package dev.bulwark.cdk.instance;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.assertions.Template;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real CDK synth of the two fixture blueprints; each assertion targets one property that matters. */
class InstanceStackTest {
    private static final String INSTANCE = "AWS::Lightsail::Instance";
    private static final String LOAD_BALANCER = "AWS::Lightsail::LoadBalancer";
    private static final String CERTIFICATE = "AWS::Lightsail::LoadBalancerTlsCertificate";
    private static final String SECRET = "AWS::SecretsManager::Secret";

    @TempDir
    Path dir;

    private static Template closed;
    private static Template open;

    @BeforeAll
    static void synth() {
        closed = SynthesizedTemplates.closedPhase1();
        open = SynthesizedTemplates.openPhase2();
    }

    @Test
    void instance_noSshCidrs_listsSshAndProxyAsPrivateSoNothingIsPublic() {
        List<JsonNode> ports = ports(closed);

        assertEquals(2, ports.size(), "an empty Ports list would leave Lightsail's world-open 22 and 80");
        for (JsonNode port : ports) {
            assertEquals("private", port.path("AccessType").asText(), port.toString());
            assertTrue(port.path("Cidrs").isMissingNode() && port.path("Ipv6Cidrs").isMissingNode(), port.toString());
        }
        assertEquals(List.of(22, 80), ports.stream().map(p -> p.path("FromPort").asInt()).toList());
    }

    @Test
    void instance_sshCidrs_allowsSshFromExactlyThoseCidrs() {
        instanceHas(open, Map.of("Networking", Map.of("Ports", Match.arrayWith(List.of(
                Match.objectEquals(Map.of(
                        "FromPort", 22, "ToPort", 22, "Protocol", "tcp",
                        "AccessType", "public", "AccessDirection", "inbound", "CommonName", "ssh",
                        "Cidrs", List.of("203.0.113.7/32", "198.51.100.0/28"),
                        "Ipv6Cidrs", List.of("2001:db8:1::/64"))))))));
    }

    @Test
    void instance_anyBlueprint_proxyPortIsPrivate() {
        for (Template template : List.of(closed, open)) {
            JsonNode proxy = ports(template).stream().filter(p -> p.path("FromPort").asInt() == 80)
                    .findFirst().orElseThrow();
            assertEquals("private", proxy.path("AccessType").asText());
        }
    }

    @Test
    void instance_anyBlueprint_publicPortsAreOnlySsh() {
        for (Template template : List.of(closed, open)) {
            for (JsonNode port : ports(template)) {
                if (!"private".equals(port.path("AccessType").asText())) {
                    assertEquals(22, port.path("FromPort").asInt(), port.toString());
                    assertEquals(22, port.path("ToPort").asInt(), port.toString());
                }
            }
        }
    }

    @Test
    void instance_anyBlueprint_gatewayPortInNoFirewallRange() {
        for (Template template : List.of(closed, open)) {
            for (JsonNode port : ports(template)) {
                int from = port.path("FromPort").asInt();
                int to = port.path("ToPort").asInt();
                assertFalse(from <= TestBlueprints.GATEWAY_PORT && TestBlueprints.GATEWAY_PORT <= to, port.toString());
            }
        }
    }

    @Test
    void template_anyBlueprint_hasNoWorldOpenCidr() {
        for (Template template : List.of(closed, open)) {
            String text = SynthesizedTemplates.text(template);
            assertFalse(text.contains("0.0.0.0/0"), "IPv4 world-open CIDR in template");
            assertFalse(text.contains("::/0"), "IPv6 world-open CIDR in template");
        }
    }

    @Test
    void instance_blueprint_setsImageBundleZoneNameAndDailySnapshot() {
        instanceHas(open, Map.of(
                "InstanceName", "agent-open",
                "BlueprintId", "ubuntu_24_04",
                "BundleId", "medium_3_0",
                "AvailabilityZone", "us-east-2b",
                "AddOns", List.of(Map.of("AddOnType", "AutoSnapshot", "Status", "Enabled",
                        "AutoSnapshotAddOnRequest", Map.of("SnapshotTimeOfDay", "22:00")))));
        instanceHas(closed, Map.of("AddOns", List.of(Match.objectLike(Map.of(
                "AutoSnapshotAddOnRequest", Map.of("SnapshotTimeOfDay", "03:00"))))));
    }

    @Test
    void instance_anyBlueprint_namesTheKeyPairDeployMakesNeverTheDefault() {
        instanceHas(closed, Map.of("KeyPairName", "agent-closed-key"));
        instanceHas(open, Map.of("KeyPairName", "agent-open-key"));
        JsonNode preCreate = SynthesizedTemplates.json(closed).path("Metadata")
                .path(DeploySteps.PRE_CREATE_METADATA_KEY);
        assertEquals(1, preCreate.size(), preCreate.toString());
        assertEquals("CreateKeyPair", preCreate.get(0).path("action").asText());
        assertEquals("agent-closed-key", preCreate.get(0).path("argument").asText());
    }

    @Test
    void staticIp_anyBlueprint_isAttachedToTheInstance() {
        String instanceId = open.findResources(INSTANCE).keySet().iterator().next();
        open.hasResourceProperties("AWS::Lightsail::StaticIp", Map.of(
                "StaticIpName", "agent-open-ip", "AttachedTo", Map.of("Ref", instanceId)));
    }

    @Test
    void loadBalancer_blueprint_forwardsToProxyWithPolicyHealthCheckAndAddressType() {
        closed.hasResourceProperties(LOAD_BALANCER, Map.of(
                "LoadBalancerName", "agent-closed-lb",
                "InstancePort", 80,
                "HealthCheckPath", "/healthz",
                "TlsPolicyName", TestBlueprints.TLS_POLICY,
                "IpAddressType", "ipv4"));
        open.hasResourceProperties(LOAD_BALANCER, Map.of("IpAddressType", "dualstack"));
    }

    @Test
    void loadBalancer_phase1_attachesNoInstanceSoNothingIsServedOverPlainHttp() {
        closed.hasResourceProperties(LOAD_BALANCER, Map.of("AttachedInstances", Match.absent()));
    }

    @Test
    void loadBalancer_phase2_attachesTheInstance() {
        String instanceId = open.findResources(INSTANCE).keySet().iterator().next();
        open.hasResourceProperties(LOAD_BALANCER, Map.of(
                "AttachedInstances", List.of(Map.of("Ref", instanceId))));
    }

    /**
     * Issue 16 item 6: the load balancer's handler attaches instances in its own update, before the certificate's
     * (which refers to it) attaches and turns on the redirect; deploy's first phase-2 update therefore holds the
     * instance back, so HTTPS is in place before the gateway is reachable through the load balancer.
     */
    @Test
    void loadBalancer_certificateAttachedWithBackendHeld_httpsFirstAndNoInstanceYet() {
        App app = new App(AppProps.builder().outdir(dir.resolve("held").toString()).context(Map.of(
                CertificatePhase.CONTEXT_KEY, "true", CertificatePhase.HOLD_BACKEND_CONTEXT, "true")).build());
        Template held = Template.fromStack(InstanceStack.forBlueprint(app, TestBlueprints.open()));

        held.hasResourceProperties(LOAD_BALANCER, Map.of("AttachedInstances", Match.absent()));
        held.hasResourceProperties(CERTIFICATE, Map.of("IsAttached", true, "HttpsRedirectionEnabled", true));
    }

    @Test
    void certificate_phase1_isRequestedDetachedWithoutRedirect() {
        closed.hasResourceProperties(CERTIFICATE, Match.objectEquals(Map.of(
                "CertificateName", "agent-closed-cert",
                "CertificateDomainName", "agent.example.com",
                "IsAttached", false,
                "LoadBalancerName", Map.of("Ref", closed.findResources(LOAD_BALANCER).keySet().iterator().next()))));
    }

    @Test
    void certificate_phase2FromContext_isAttachedWithRedirectAndAlternativeNames() {
        open.hasResourceProperties(CERTIFICATE, Map.of(
                "CertificateDomainName", "gw.example.org",
                "CertificateAlternativeNames", List.of("agent.example.org", "chat.example.org"),
                "IsAttached", true,
                "HttpsRedirectionEnabled", true));
        open.hasOutput(InstanceStackOutputs.CERTIFICATE_PHASE, Map.of("Value", "validated"));
        closed.hasOutput(InstanceStackOutputs.CERTIFICATE_PHASE, Map.of("Value", "awaiting-validation"));
    }

    @Test
    void gatewayToken_anyBlueprint_isGeneratedLongAlphanumericAndNamedFromBlueprint() {
        closed.hasResourceProperties(SECRET, Map.of(
                "Name", "bulwark/agent-closed/gateway-token",
                "SecretString", Match.absent(),
                "GenerateSecretString", Match.objectEquals(Map.of(
                        "PasswordLength", 64, "ExcludePunctuation", true, "IncludeSpace", false,
                        "RequireEachIncludedType", true))));
    }

    @Test
    void providerKeys_twoProviders_oneRetainedPlaceholderSecretEach() {
        Map<String, Map<String, Object>> secrets = open.findResources(SECRET, Map.of(
                "Properties", Map.of("GenerateSecretString", Map.of(
                        "SecretStringTemplate", Match.stringLikeRegexp(GatewaySecrets.PLACEHOLDER_FIELD)))));
        assertEquals(2, secrets.size());
        open.hasResource(SECRET, Map.of(
                "DeletionPolicy", "Retain",
                "Properties", Map.of("Name", "bulwark/agent-open/openai", "SecretString", Match.absent())));
        open.hasResource(SECRET, Map.of(
                "DeletionPolicy", "Delete",
                "Properties", Map.of("Name", "bulwark/agent-open/gateway-token")));
    }

    @Test
    void secrets_eachSecret_hasResourcePolicyDenyingOtherAccountsWithPublicPolicyBlocked() {
        for (Template template : List.of(closed, open)) {
            int secrets = template.findResources(SECRET).size();
            template.resourceCountIs("AWS::SecretsManager::ResourcePolicy", secrets);
            template.allResourcesProperties("AWS::SecretsManager::ResourcePolicy", Map.of(
                    "BlockPublicPolicy", true,
                    "ResourcePolicy", Map.of("Statement", List.of(Match.objectLike(Map.of(
                            "Effect", "Deny",
                            "Condition", Map.of("StringNotEquals", Map.of(
                                    "aws:PrincipalAccount", Map.of("Ref", "AWS::AccountId")))))))));
        }
    }

    @Test
    void outputs_openBlueprint_allPresentIncludingOnePerProvider() {
        List<String> names = List.of(InstanceStackOutputs.INSTANCE_NAME, InstanceStackOutputs.KEY_PAIR_NAME,
                InstanceStackOutputs.STATIC_IP,
                InstanceStackOutputs.LOAD_BALANCER_NAME, InstanceStackOutputs.CERTIFICATE_NAME,
                InstanceStackOutputs.CERTIFICATE_STATUS, InstanceStackOutputs.CERTIFICATE_PHASE,
                InstanceStackOutputs.GATEWAY_TOKEN_SECRET_ARN, InstanceStackOutputs.POST_CREATE_STEPS,
                "ProviderKeySecretArnAnthropic", "ProviderKeySecretArnOpenAi");
        for (String name : names) {
            open.hasOutput(name, Match.anyValue());
        }
        String certificateId = open.findResources(CERTIFICATE).keySet().iterator().next();
        open.hasOutput(InstanceStackOutputs.CERTIFICATE_STATUS,
                Map.of("Value", Map.of("Fn::GetAtt", List.of(certificateId, "Status"))));
        String staticIpId = open.findResources("AWS::Lightsail::StaticIp").keySet().iterator().next();
        open.hasOutput(InstanceStackOutputs.STATIC_IP,
                Map.of("Value", Map.of("Fn::GetAtt", List.of(staticIpId, "IpAddress"))));
    }

    @Test
    void postCreateSteps_ipv4Blueprint_requireImdsv2AndIpv4OnlyInOutputAndMetadata() {
        closed.hasOutput(InstanceStackOutputs.POST_CREATE_STEPS,
                Map.of("Value", "UpdateInstanceMetadataOptions httpTokens=required; SetIpAddressType ipv4"));
        JsonNode metadata = SynthesizedTemplates.json(closed).path("Metadata")
                .path(DeploySteps.POST_CREATE_METADATA_KEY);
        assertEquals(2, metadata.size(), metadata.toString());
        assertEquals("UpdateInstanceMetadataOptions", metadata.get(0).path("action").asText());
        assertEquals("ipv4", metadata.get(1).path("argument").asText());
    }

    @Test
    void postCreateSteps_dualstackBlueprint_onlyRequireImdsv2() {
        open.hasOutput(InstanceStackOutputs.POST_CREATE_STEPS,
                Map.of("Value", "UpdateInstanceMetadataOptions httpTokens=required"));
    }

    @Test
    void tags_everyTaggedResource_carriesBlueprintTagsAndBlueprintName() {
        assertTagged(closed, Map.of("team", "platform", "bulwark:blueprint", "agent-closed"));
        assertTagged(open, Map.of("env", "prod", "owner", "sre", "bulwark:blueprint", "agent-open"));
    }

    @Test
    void tags_taggableTypes_areAllTagged() {
        for (String type : List.of(INSTANCE, LOAD_BALANCER, SECRET)) {
            open.allResourcesProperties(type, Map.of("Tags", Match.arrayWith(List.of(
                    Map.of("Key", "bulwark:blueprint", "Value", "agent-open")))));
        }
    }

    private static void assertTagged(Template template, Map<String, String> expected) {
        JsonNode resources = SynthesizedTemplates.json(template).path("Resources");
        int tagged = 0;
        for (JsonNode resource : resources) {
            JsonNode tags = resource.path("Properties").path("Tags");
            if (tags.isMissingNode()) {
                continue;
            }
            tagged++;
            List<String> pairs = new ArrayList<>();
            tags.forEach(tag -> pairs.add(tag.path("Key").asText() + "=" + tag.path("Value").asText()));
            expected.forEach((key, value) -> assertTrue(pairs.contains(key + "=" + value),
                    resource.path("Type").asText() + " lacks tag " + key + "=" + value + ": " + pairs));
        }
        assertTrue(tagged >= 4, "expected instance, load balancer and secrets to be tagged");
    }

    private static List<JsonNode> ports(Template template) {
        JsonNode instance = SynthesizedTemplates.json(template).path("Resources").properties().stream()
                .map(Map.Entry::getValue)
                .filter(r -> INSTANCE.equals(r.path("Type").asText()))
                .findFirst().orElseThrow();
        List<JsonNode> ports = new ArrayList<>();
        instance.path("Properties").path("Networking").path("Ports").forEach(ports::add);
        return ports;
    }

    private static void instanceHas(Template template, Map<String, Object> properties) {
        template.hasResourceProperties(INSTANCE, properties);
    }
}
