package dev.bulwark.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.baseline.BaselineFile;
import dev.bulwark.baseline.HostBaseline;
import dev.bulwark.baseline.UserDataRenderer;
import dev.bulwark.baseline.ssh.SshdConfigRenderer;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintException;
import dev.bulwark.blueprint.BlueprintLoader;
import dev.bulwark.cdk.instance.InstanceStack;
import dev.bulwark.cdk.instance.InstanceStackProps;
import dev.bulwark.cdk.nag.LightsailHardeningProps;
import dev.bulwark.cdk.nag.LightsailResource;
import dev.bulwark.cdk.nag.LightsailRule;
import dev.bulwark.cdk.nag.LightsailRules;
import dev.bulwark.verify.Expectations;
import dev.bulwark.verify.ports.WatchedPort;
import dev.bulwark.verify.ports.WatchedPorts;
import dev.bulwark.verify.ssh.KexInit;
import dev.bulwark.verify.ssh.SshAlgorithmPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Template;

/**
 * hardening-policy.yaml is the one source: one watched port and one SSH algorithm changed in a copy of it reach the
 * stack (the instance's user data), the host baseline, the plan rule, the verifier and the docs together.
 */
class PolicySingleSourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ELASTIC = "{port: 9200, kind: admin, purpose: Elasticsearch}";
    private static final String ELASTIC_TRANSPORT = "{port: 9300, kind: admin, purpose: Elasticsearch transport}";
    private static final String DROPPED_CIPHER = "aes192-ctr";

    private final HardeningPolicy shipped = HardeningPolicy.defaults();
    private final HardeningPolicy changed = changedPolicy();
    private final Blueprint blueprint = sampleBlueprint();

    @Test
    void changedPolicy_stackUserData_offersTheChangedCipherList() {
        assertTrue(ciphersLine(stackInstallScript(shipped)).contains(DROPPED_CIPHER));
        assertFalse(ciphersLine(stackInstallScript(changed)).contains(DROPPED_CIPHER));
    }

    @Test
    void changedPolicy_hostBaseline_rendersTheChangedCipherList() {
        assertEquals("Ciphers aes256-gcm@openssh.com,aes256-ctr,aes128-gcm@openssh.com,aes128-ctr",
                ciphersLine(sshdDropIn(changed)));
        assertEquals("Ciphers aes256-gcm@openssh.com,aes256-ctr,aes192-ctr,aes128-gcm@openssh.com,aes128-ctr",
                ciphersLine(sshdDropIn(shipped)));
    }

    @Test
    void changedPolicy_planRule_refusesTheNewAdminPortOnly() {
        assertEquals(Set.of(9300), publicPortsRefusedByAdminPortPublic(changed, 9200, 9300));
        assertEquals(Set.of(9200), publicPortsRefusedByAdminPortPublic(shipped, 9200, 9300));
    }

    @Test
    void changedPolicy_verifier_scansTheNewPortAndRatesTheDroppedCipherWeak() {
        Set<Integer> scanned = WatchedPorts.of(changed, Expectations.defaults(changed)).stream()
                .map(WatchedPort::port).collect(Collectors.toSet());
        assertTrue(scanned.contains(9300) && !scanned.contains(9200), scanned.toString());

        KexInit offer = KexInit.symmetric(List.of("curve25519-sha256"), List.of("ssh-ed25519"),
                List.of(DROPPED_CIPHER), List.of("hmac-sha2-256-etm@openssh.com"));
        assertEquals("[cipher aes192-ctr]", SshAlgorithmPolicy.of(changed).weak(offer).toString());
        assertEquals(List.of(), SshAlgorithmPolicy.of(shipped).weak(offer));
    }

    @Test
    void changedPolicy_docs_listTheNewPortAndNotTheDroppedCipher() {
        String md = PolicyDoc.markdown(changed);
        assertTrue(md.contains("| 9300 | admin | Elasticsearch transport |"), md);
        assertFalse(md.contains("| 9200 |"), md);
        assertFalse(md.contains(DROPPED_CIPHER), md);
        assertTrue(PolicyDoc.markdown(shipped).contains("`" + DROPPED_CIPHER + "`"));
    }

    private String stackInstallScript(HardeningPolicy policy) {
        App app = new App();
        InstanceStack stack = new InstanceStack(app, InstanceStack.stackIdFor(blueprint),
                InstanceStackProps.builder().blueprint(blueprint).policy(policy).build());
        JsonNode template = JSON.valueToTree(Template.fromStack(stack).toJSON());
        for (JsonNode resource : template.path("Resources")) {
            if ("AWS::Lightsail::Instance".equals(resource.path("Type").asText())) {
                return UserDataRenderer.installScriptOf(resource.path("Properties").path("UserData").asText());
            }
        }
        throw new AssertionError("no Lightsail instance in the stack");
    }

    private String sshdDropIn(HardeningPolicy policy) {
        return new HostBaseline(policy).render(blueprint).files().stream()
                .filter(f -> f.path().equals(SshdConfigRenderer.PATH)).map(BaselineFile::content)
                .findFirst().orElseThrow();
    }

    private static Set<Integer> publicPortsRefusedByAdminPortPublic(HardeningPolicy policy, int... ports) {
        LightsailRule rule = LightsailRules.standard(new LightsailHardeningProps(List.of(), List.of(),
                        policy.gateway().defaultPort(), policy)).stream()
                .filter(r -> r.info().id().endsWith("AdminPortPublic")).findFirst().orElseThrow();
        return java.util.Arrays.stream(ports).filter(port -> {
            JsonNode properties = JSON.createObjectNode().set("Networking", JSON.createObjectNode()
                    .set("Ports", JSON.createArrayNode().add(JSON.createObjectNode()
                            .put("FromPort", port).put("ToPort", port).put("Protocol", "tcp")
                            .set("Cidrs", JSON.createArrayNode().add("0.0.0.0/0")))));
            return rule.check(new LightsailResource("AWS::Lightsail::Instance", "Host", properties)).isNonCompliant();
        }).boxed().collect(Collectors.toSet());
    }

    private static String ciphersLine(String text) {
        return text.lines().filter(l -> l.startsWith("Ciphers ")).findFirst().orElseThrow();
    }

    private static Blueprint sampleBlueprint() {
        try {
            return new BlueprintLoader().load(Path.of("..", "blueprints", "openclaw-instance.yaml"));
        } catch (BlueprintException e) {
            throw new AssertionError(e);
        }
    }

    private static HardeningPolicy changedPolicy() {
        String yaml;
        try (InputStream in = HardeningPolicy.class.getResourceAsStream("hardening-policy.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        String edited = yaml.replace(ELASTIC, ELASTIC_TRANSPORT).replace("      - " + DROPPED_CIPHER + "\n", "");
        assertFalse(edited.equals(yaml) || edited.contains(ELASTIC) || edited.contains(DROPPED_CIPHER),
                "the shipped policy no longer has the values this test changes; pick others");
        return HardeningPolicy.read(new ByteArrayInputStream(edited.getBytes(StandardCharsets.UTF_8)));
    }
}
