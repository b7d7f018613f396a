package dev.bulwark.cdk.container;

import dev.bulwark.testing.Requirement;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.baseline.container.ContainerBaseline;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.Domain;
import dev.bulwark.cdk.instance.LightsailSchemas;
import dev.bulwark.policy.HardeningPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The container stack as CDK synthesizes it, four fixtures each synthesized once: the shipped sample in phase 1,
 * the sample with alternative names in phase 2 with reader key serial 3 (context given as strings, the way the CLI
 * gives it), and the sample with a private ECR gateway image before and after its pull access is granted.
 */
class ContainerStackTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path OUT = Path.of("target", "synth-fixtures").toAbsolutePath();
    private static final Blueprint SAMPLE = ContainerBlueprints.sample();
    private static final Blueprint WITH_ALTERNATIVES = ContainerBlueprints.withDomain(SAMPLE,
            new Domain("agent.example.com", List.of("chat.example.com")));
    private static final ContainerBaseline BASELINE = ContainerBaseline.forBlueprint(SAMPLE, HardeningPolicy.defaults());
    private static final List<Pattern> SECRET_SHAPES = List.of(
            Pattern.compile("sk-[A-Za-z0-9_-]{16,}"),
            Pattern.compile("(AKIA|ASIA)[0-9A-Z]{16}"),
            Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----"),
            Pattern.compile("\"SecretString\""),
            Pattern.compile("\\{\\{resolve:"));

    private static Template phase1;
    private static Template phase2;
    private static Template privateEcr;
    private static Template privateEcrGranted;

    static synchronized Template phase1() {
        if (phase1 == null) {
            phase1 = synth("container-phase1", SAMPLE, Map.of());
        }
        return phase1;
    }

    static synchronized Template phase2() {
        if (phase2 == null) {
            phase2 = synth("container-phase2", WITH_ALTERNATIVES, Map.of(
                    ContainerStackOutputs.CERTIFICATE_VALIDATED_CONTEXT, "true",
                    ContainerStackOutputs.READER_KEY_SERIAL_CONTEXT, "3"));
        }
        return phase2;
    }

    static synchronized Template privateEcr() {
        if (privateEcr == null) {
            privateEcr = synth("container-ecr", ContainerBlueprints.withPrivateEcrGateway(SAMPLE), Map.of());
        }
        return privateEcr;
    }

    /** Phase B of a private ECR image: pull access granted, the deployment added. */
    static synchronized Template privateEcrGranted() {
        if (privateEcrGranted == null) {
            privateEcrGranted = synth("container-ecr-granted", ContainerBlueprints.withPrivateEcrGateway(SAMPLE),
                    Map.of(RegistryAccess.CONTEXT_KEY, "true"));
        }
        return privateEcrGranted;
    }

    private static Template synth(String fixture, Blueprint blueprint, Map<String, Object> context) {
        App app = new App(AppProps.builder().outdir(OUT.resolve(fixture).toString()).context(context).build());
        return Template.fromStack(ContainerStack.forBlueprint(app, blueprint));
    }

    @Test
    void service_sample_runsBaselineContainersWithProxyAsOnlyPublicEndpoint() {
        phase1().hasResourceProperties("AWS::Lightsail::Container", Match.objectLike(Map.of(
                "ServiceName", "openclaw-cs",
                "Power", "small",
                "Scale", 1,
                "IsDisabled", false,
                "ContainerServiceDeployment", Match.objectLike(Map.of(
                        "Containers", Match.arrayWith(List.of(
                                Match.objectLike(Map.of(
                                        "ContainerName", BASELINE.gateway().name(),
                                        "Image", BASELINE.gateway().image(),
                                        "Ports", ports(BASELINE.gateway().ports()))),
                                Match.objectLike(Map.of(
                                        "ContainerName", BASELINE.proxy().name(),
                                        "Image", BASELINE.proxy().image(),
                                        "Ports", ports(BASELINE.proxy().ports()))))),
                        "PublicEndpoint", Map.of(
                                "ContainerName", BASELINE.proxy().name(),
                                "ContainerPort", BASELINE.publicPort(),
                                "HealthCheckConfig", Map.of(
                                        "Path", BASELINE.healthCheckPath(),
                                        "SuccessCodes", "200",
                                        "IntervalSeconds", GatewayContainerService.HEALTH_INTERVAL_SECONDS,
                                        "TimeoutSeconds", GatewayContainerService.HEALTH_TIMEOUT_SECONDS,
                                        "HealthyThreshold", GatewayContainerService.HEALTHY_THRESHOLD,
                                        "UnhealthyThreshold", GatewayContainerService.UNHEALTHY_THRESHOLD)))))));
        phase1().resourceCountIs("AWS::Lightsail::Container", 1);
    }

    @Test
    void gatewayEnvironment_sample_isBaselinePlusReaderKeyAsReferencesOnly() {
        JsonNode template = json(phase1());
        String keyId = onlyLogicalId(template, "AWS::IAM::AccessKey");
        JsonNode gateway = container(template, BASELINE.gateway().name());
        Map<String, JsonNode> env = new java.util.LinkedHashMap<>();
        gateway.path("Environment").forEach(v -> env.put(v.path("Variable").asText(), v.path("Value")));

        List<String> expectedNames = new ArrayList<>(BASELINE.gateway().environment().keySet());
        expectedNames.add(ContainerBaseline.READER_KEY_ID_ENV);
        expectedNames.add(ContainerBaseline.READER_SECRET_ENV);
        assertEquals(expectedNames, List.copyOf(env.keySet()));
        BASELINE.gateway().environment().forEach((name, value) -> assertEquals(value, env.get(name).asText(), name));
        assertEquals(JSON.createObjectNode().put("Ref", keyId), env.get(ContainerBaseline.READER_KEY_ID_ENV));
        assertEquals(JSON.createObjectNode().set("Fn::GetAtt", JSON.createArrayNode().add(keyId).add("SecretAccessKey")),
                env.get(ContainerBaseline.READER_SECRET_ENV));

        String proxy = container(template, BASELINE.proxy().name()).toString();
        assertFalse(proxy.contains(ContainerBaseline.READER_KEY_ID_ENV), proxy);
        assertFalse(proxy.contains(keyId), "only the gateway gets the reader key: " + proxy);
    }

    @Test
    void readerPolicy_sample_grantsOnlyGetSecretValueOnExactlyTheDeploymentsSecrets() {
        JsonNode template = json(phase1());
        JsonNode user = template.path("Resources").path(onlyLogicalId(template, "AWS::IAM::User")).path("Properties");
        assertEquals(1, user.path("Policies").size(), user.toString());
        assertTrue(user.path("ManagedPolicyArns").isMissingNode(), user.toString());
        JsonNode statements = user.path("Policies").get(0).path("PolicyDocument").path("Statement");
        assertEquals(1, statements.size(), statements.toString());
        JsonNode statement = statements.get(0);
        assertEquals("Allow", statement.path("Effect").asText());
        assertEquals("secretsmanager:GetSecretValue", statement.path("Action").asText(), statement.toString());

        String tokenSecret = logicalIdOf(template, "AWS::SecretsManager::Secret", "openclaw-cs/gateway-token");
        List<String> resources = new ArrayList<>();
        statement.path("Resource").forEach(r -> resources.add(flatten(r)));
        assertEquals(List.of("<Ref " + tokenSecret + ">",
                "arn:<Ref AWS::Partition>:secretsmanager:us-east-1:<Ref AWS::AccountId>:secret:"
                        + "openclaw-cs/anthropic-api-key-??????"), resources);
        phase1().resourceCountIs("AWS::IAM::User", 1);
        phase1().resourceCountIs("AWS::IAM::Policy", 0);
        phase1().resourceCountIs("AWS::IAM::ManagedPolicy", 0);
    }

    @Test
    void readerKey_serialContext_oneKeyResourcePerSerial() {
        JsonNode one = json(phase1());
        JsonNode three = json(phase2());
        String id = onlyLogicalId(one, "AWS::IAM::AccessKey");
        String idThree = onlyLogicalId(three, "AWS::IAM::AccessKey");
        assertNotEquals(id, idThree, "a new serial is a new key beside the old one, not a replacement");
        assertEquals(1, one.path("Resources").path(id).path("Properties").path("Serial").asInt());
        assertEquals(3, three.path("Resources").path(idThree).path("Properties").path("Serial").asInt());
        assertEquals("Active", one.path("Resources").path(id).path("Properties").path("Status").asText());
        phase1().hasOutput(ContainerStackOutputs.READER_KEY_SERIAL, Match.objectLike(Map.of("Value", "1")));
        phase2().hasOutput(ContainerStackOutputs.READER_KEY_SERIAL, Match.objectLike(Map.of("Value", "3")));
    }

    /**
     * Issue 16 item 5: while the previous serial is retiring its key stays, so the deployment still running with it
     * keeps working until deploy has seen the new deployment active; the gateway gets the new key.
     */
    @Test
    void readerKey_retiringSerial_keepsThePreviousKeyAndGivesTheGatewayTheNewOne() {
        Template rotating = synth("container-rotating", SAMPLE, Map.of(
                ContainerStackOutputs.READER_KEY_SERIAL_CONTEXT, "2",
                ContainerStackOutputs.RETIRING_READER_KEY_CONTEXT, "1"));
        JsonNode template = json(rotating);

        rotating.resourceCountIs("AWS::IAM::AccessKey", 2);
        Map<Integer, String> bySerial = new java.util.HashMap<>();
        template.path("Resources").fields().forEachRemaining(e -> {
            if ("AWS::IAM::AccessKey".equals(e.getValue().path("Type").asText())) {
                bySerial.put(e.getValue().path("Properties").path("Serial").asInt(), e.getKey());
            }
        });
        assertEquals(java.util.Set.of(1, 2), bySerial.keySet());
        assertEquals(json(phase1()).path("Resources").has(bySerial.get(1)), true,
                "the retiring key is the very resource serial 1 was, so CloudFormation keeps it");
        JsonNode gateway = container(template, BASELINE.gateway().name());
        assertTrue(gateway.toString().contains(bySerial.get(2)) && !gateway.toString().contains(bySerial.get(1)),
                gateway.toString());
        rotating.hasOutput(ContainerStackOutputs.RETIRING_READER_KEY_SERIAL, Match.objectLike(Map.of("Value", "1")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-2", "two", "1.5"})
    void readerKeySerial_invalidContext_isRejectedWithTheFix(String serial) {
        App app = new App(AppProps.builder().outdir(OUT.resolve("container-bad-serial").toString())
                .context(Map.of(ContainerStackOutputs.READER_KEY_SERIAL_CONTEXT, serial)).build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ContainerStack.forBlueprint(app, SAMPLE));
        assertTrue(e.getMessage().contains("raise it by one"), e.getMessage());
    }

    @Test
    void certificate_phase1_isRequestedButNotAttached() {
        phase1().hasResourceProperties("AWS::Lightsail::Certificate", Map.of(
                "CertificateName", "openclaw-cs-cert",
                "DomainName", "agent.example.com"));
        phase1().hasResourceProperties("AWS::Lightsail::Container", Match.objectLike(Map.of(
                "PublicDomainNames", Match.absent())));
        phase1().hasOutput(ContainerStackOutputs.CERTIFICATE_PHASE, Match.objectLike(Map.of("Value", "pending")));
    }

    @Test
    void certificate_phase2_isAttachedForEveryDomainName() {
        phase2().hasResourceProperties("AWS::Lightsail::Certificate", Map.of(
                "CertificateName", "openclaw-cs-cert",
                "DomainName", "agent.example.com",
                "SubjectAlternativeNames", List.of("chat.example.com")));
        phase2().hasResourceProperties("AWS::Lightsail::Container", Match.objectLike(Map.of(
                "PublicDomainNames", List.of(Map.of(
                        "CertificateName", "openclaw-cs-cert",
                        "DomainNames", List.of("agent.example.com", "chat.example.com"))))));
        phase2().hasOutput(ContainerStackOutputs.CERTIFICATE_PHASE, Match.objectLike(Map.of("Value", "attached")));
        JsonNode template = json(phase2());
        JsonNode service = template.path("Resources").path(onlyLogicalId(template, "AWS::Lightsail::Container"));
        assertTrue(service.path("DependsOn").toString().contains(onlyLogicalId(template, "AWS::Lightsail::Certificate")),
                "the certificate must exist before the service attaches it: " + service.path("DependsOn"));
    }

    /**
     * Issue 16 item 4, phase A: CloudFormation's container handler creates a deployment before it turns the puller
     * role on, so the first template of a private ECR image holds the role and no deployment at all.
     */
    @Test
    void registryAccess_privateEcrNotYetGranted_pullerRoleOnAndNoDeployment() {
        privateEcr().hasResourceProperties("AWS::Lightsail::Container", Match.objectLike(Map.of(
                "PrivateRegistryAccess", Map.of("EcrImagePullerRole", Map.of("IsActive", true)),
                "ContainerServiceDeployment", Match.absent())));
        privateEcr().hasOutput(ContainerStackOutputs.REGISTRY_ACCESS, Match.objectLike(Map.of("Value",
                "awaiting-grant")));
    }

    /**
     * Phase B: the role stays on (the handler's update sends IsActive=false when the property is absent) and the
     * deployment with the private image is added.
     */
    @Test
    void registryAccess_privateEcrGranted_pullerRoleStaysOnAndDeploymentAdded() {
        privateEcrGranted().hasResourceProperties("AWS::Lightsail::Container", Match.objectLike(Map.of(
                "PrivateRegistryAccess", Map.of("EcrImagePullerRole", Map.of("IsActive", true)),
                "ContainerServiceDeployment", Match.objectLike(Map.of("Containers", Match.arrayWith(List.of(
                        Match.objectLike(Map.of("Image", ContainerBlueprints.PRIVATE_ECR_IMAGE)))))))));
        privateEcrGranted().hasOutput(ContainerStackOutputs.REGISTRY_ACCESS, Match.objectLike(Map.of("Value",
                "granted")));
    }

    @Test
    void registryAccess_publicImages_oneTemplateWithDeploymentAndNoPullerRole() {
        phase1().hasResourceProperties("AWS::Lightsail::Container", Match.objectLike(Map.of(
                "PrivateRegistryAccess", Match.absent(),
                "ContainerServiceDeployment", Match.objectLike(Map.of()))));
        phase1().hasOutput(ContainerStackOutputs.REGISTRY_ACCESS, Match.objectLike(Map.of("Value", "not-needed")));
    }

    @Test
    void registryAccess_contextNeitherTrueNorFalse_refusedNamingTheKey() {
        App app = new App(AppProps.builder().outdir(OUT.resolve("container-ecr-bad").toString())
                .context(Map.of(RegistryAccess.CONTEXT_KEY, "yes")).build());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ContainerStack.forBlueprint(app, ContainerBlueprints.withPrivateEcrGateway(SAMPLE)));

        assertTrue(e.getMessage().contains(RegistryAccess.CONTEXT_KEY), e.getMessage());
    }

    @Test
    void outputs_sample_carryEveryNameDeployReads() {
        JsonNode outputs = json(phase1()).path("Outputs");
        for (String name : List.of(ContainerStackOutputs.SERVICE_NAME, ContainerStackOutputs.CERTIFICATE_NAME,
                ContainerStackOutputs.CERTIFICATE_PHASE, ContainerStackOutputs.GATEWAY_TOKEN_SECRET_ARN,
                ContainerStackOutputs.READER_USER_NAME, ContainerStackOutputs.READER_KEY_SERIAL,
                "ProviderKeySecretArnAnthropic")) {
            assertTrue(outputs.has(name), name + " missing from " + outputs.fieldNames());
        }
        assertEquals("openclaw-cs-cert", outputs.path(ContainerStackOutputs.CERTIFICATE_NAME).path("Value").asText());
    }

    @Test
    void tags_sample_blueprintTagsAndNameOnTheService() {
        phase1().hasResourceProperties("AWS::Lightsail::Container", Match.objectLike(Map.of(
                "Tags", Match.arrayWith(List.of(Map.of("Key", "bulwark:blueprint", "Value", "openclaw-cs"),
                        Map.of("Key", "owner", "Value", "platform-team"))))));
    }

    @Test
    void templates_allFixtures_containNoSecretValueOrDynamicReference() {
        Map.of("phase1", phase1(), "phase2", phase2(), "ecr", privateEcr(), "ecr-granted",
                privateEcrGranted()).forEach((fixture, template) -> {
            String text = json(template).toString();
            for (Pattern shape : SECRET_SHAPES) {
                assertFalse(shape.matcher(text).find(), fixture + " matches " + shape.pattern());
            }
            for (JsonNode resource : json(template).path("Resources")) {
                if ("AWS::SecretsManager::Secret".equals(resource.path("Type").asText())) {
                    assertTrue(resource.path("Properties").path("GenerateSecretString").isObject(), fixture);
                }
            }
        });
    }

    @Test
    void lightsailResources_allFixtures_conformToTheirSchemas() {
        Path folder = LightsailSchemas.folder().orElse(null);
        Requirement.require(folder != null, Requirement.Component.CFN_SCHEMAS, "shared/cfn-schemas/lightsail");
        List<String> problems = new ArrayList<>();
        java.util.Set<String> types = new java.util.TreeSet<>();
        Map.of("phase1", phase1(), "phase2", phase2(), "ecr", privateEcr(), "ecr-granted",
                privateEcrGranted()).forEach((fixture, template) ->
                json(template).path("Resources").properties().forEach(e -> {
                    String type = e.getValue().path("Type").asText();
                    if (type.startsWith("AWS::Lightsail::")) {
                        types.add(type);
                        problems.addAll(LightsailSchemas.problems(folder, fixture + "/" + e.getKey(), e.getValue()));
                    }
                }));
        assertEquals(java.util.Set.of("AWS::Lightsail::Certificate", "AWS::Lightsail::Container"), types);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static List<Map<String, String>> ports(Map<Integer, String> ports) {
        List<Map<String, String>> out = new ArrayList<>();
        ports.forEach((port, protocol) -> out.add(Map.of("Port", Integer.toString(port), "Protocol", protocol)));
        return out;
    }

    static JsonNode json(Template template) {
        return JSON.valueToTree(template.toJSON());
    }

    private static JsonNode container(JsonNode template, String name) {
        JsonNode service = template.path("Resources").path(onlyLogicalId(template, "AWS::Lightsail::Container"));
        for (JsonNode c : service.path("Properties").path("ContainerServiceDeployment").path("Containers")) {
            if (name.equals(c.path("ContainerName").asText())) {
                return c;
            }
        }
        throw new AssertionError("no container " + name + " in " + service);
    }

    static String onlyLogicalId(JsonNode template, String type) {
        List<String> ids = new ArrayList<>();
        template.path("Resources").properties().forEach(e -> {
            if (type.equals(e.getValue().path("Type").asText())) {
                ids.add(e.getKey());
            }
        });
        assertEquals(1, ids.size(), type + ": " + ids);
        return ids.get(0);
    }

    private static String logicalIdOf(JsonNode template, String type, String name) {
        for (var e : template.path("Resources").properties()) {
            if (type.equals(e.getValue().path("Type").asText())
                    && name.equals(e.getValue().path("Properties").path("Name").asText())) {
                return e.getKey();
            }
        }
        throw new AssertionError("no " + type + " named " + name);
    }

    /** A string, {@code Ref} or {@code Fn::Join} as one string with references shown as {@code <Ref X>}. */
    private static String flatten(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.has("Ref")) {
            return "<Ref " + node.path("Ref").asText() + ">";
        }
        if (node.has("Fn::Join")) {
            StringBuilder out = new StringBuilder();
            String separator = node.path("Fn::Join").get(0).asText();
            JsonNode parts = node.path("Fn::Join").get(1);
            for (int i = 0; i < parts.size(); i++) {
                out.append(i == 0 ? "" : separator).append(flatten(parts.get(i)));
            }
            return out.toString();
        }
        return node.toString();
    }
}
