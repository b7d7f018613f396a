package dev.bulwark.cdk.nag;

import dev.bulwark.cdk.synth.SynthResult;
import dev.bulwark.cdk.synth.Synthesizer;
import dev.bulwark.cdk.synth.TestBlueprints;
import dev.bulwark.findings.Finding;
import dev.bulwark.findings.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.lightsail.CfnContainer;
import software.amazon.awscdk.services.lightsail.CfnInstance;
import software.amazon.awscdk.services.lightsail.CfnLoadBalancer;
import software.amazon.awscdk.services.lightsail.CfnLoadBalancerTlsCertificate;
import software.constructs.Construct;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pack through the real pipeline: one stack of raw Lightsail L1 resources, one in-process synth (Node via
 * jsii), then per resource which rule ids the validation report names.
 */
class LightsailHardeningChecksSynthTest {

    private static final String ADMIN = "203.0.113.0/24";
    @TempDir
    static Path outDir;
    private static SynthResult result;

    @BeforeAll
    static void synthesizeOnce() throws Exception {
        result = Synthesizer.create().synth(TestBlueprints.withAdminCidrs(List.of(ADMIN), List.of()), outDir,
                (app, blueprint) -> {
                    Stack stack = new Stack(app, "Rules");
                    addResources(stack);
                    return stack;
                });
    }

    @ParameterizedTest(name = "{0} {1} present={2}")
    @CsvSource(textBlock = """
            OpenSsh,            Lightsail-SshWorldOpen,             true
            OpenSsh,            Lightsail-SshBeyondAdminCidrs,      true
            OpenSsh,            Lightsail-WorldOpenPort,            true
            OpenSsh,            Lightsail-DefaultKeyPair,           true
            OpenSsh,            Lightsail-AutoSnapshotOff,          true
            OpenSsh,            Lightsail-DefaultFirewallOpen,      false
            OpenSsh,            Lightsail-GatewayPortPublic,        false
            DefaultFirewall,    Lightsail-DefaultFirewallOpen,      true
            DefaultFirewall,    Lightsail-SshWorldOpen,             true
            GatewayOpen,        Lightsail-GatewayPortPublic,        true
            GatewayOpen,        Lightsail-WorldOpenPort,            false
            GatewayOpen,        Lightsail-SshBeyondAdminCidrs,      false
            SecretUserData,     Lightsail-SecretInTemplate,         true
            Overridden,         Lightsail-SshWorldOpen,             true
            DefaultPolicyLb,    Lightsail-LoadBalancerTlsPolicy,    true
            StrictLb,           Lightsail-LoadBalancerTlsPolicy,    false
            PendingCert,        Lightsail-HttpsRedirectOff,         false
            AttachedNoRedirect, Lightsail-HttpsRedirectOff,         true
            AttachedRedirect,   Lightsail-HttpsRedirectOff,         false
            LeakyContainer,     Lightsail-ContainerEnvironmentSecret, true
            """)
    void synth_resourceTable_reportsExactlyTheExpectedRules(String resource, String ruleId, boolean present) {
        assertEquals(present, rulesOn(resource).contains(ruleId), resource + " has " + rulesOn(resource));
    }

    @Test
    void synth_hardenedInstance_hasNoLightsailFinding() {
        assertEquals(List.of(), rulesOn("Hardened").stream().filter(id -> id.startsWith("Lightsail-")).toList());
    }

    @Test
    void synth_sshWorldOpen_isCriticalWithEvidenceAndLogicalId() {
        Finding finding = result.findings().stream()
                .filter(f -> f.ruleId().equals("Lightsail-SshWorldOpen") && f.target().startsWith("Rules/OpenSsh "))
                .findFirst().orElseThrow();
        assertEquals(Severity.CRITICAL, finding.severity());
        assertEquals("Rules/OpenSsh (OpenSsh)", finding.target());
        assertTrue(finding.evidence().equals("tcp/22 open to 0.0.0.0/0"), finding.evidence());
    }

    @Test
    void synth_secretFinding_doesNotRepeatTheSecret() {
        String all = result.findings().toString();
        assertFalse(all.contains(FAKE_ANTHROPIC_KEY), "a finding leaked the secret it reports");
    }

    @Test
    void synth_worldOpenPorts_areAcknowledgedOnePortAtATime() {
        List<Finding> open = result.findings().stream().filter(f -> f.ruleId().equals("Lightsail-WorldOpenPort")
                && f.target().startsWith("Rules/DirectTls ")).toList();
        assertEquals(1, open.size(), open.toString());
        assertEquals("tcp/80 open to 0.0.0.0/0", open.get(0).evidence());
        assertTrue(result.acknowledged().stream().anyMatch(a -> a.finding().target().startsWith("Rules/DirectTls ")
                && a.finding().evidence().equals("tcp/443 open to 0.0.0.0/0") && a.reason().equals(DIRECT_TLS_REASON)),
                result.acknowledged().toString());
    }

    private static List<String> rulesOn(String resource) {
        return result.findings().stream().filter(f -> f.target().startsWith("Rules/" + resource + " "))
                .map(Finding::ruleId).toList();
    }

    private static final String DIRECT_TLS_REASON = "the instance terminates TLS itself on 443 in this design";
    private static final String FAKE_ANTHROPIC_KEY = "sk-" + "ant-api03-" + "Xq7Lm2Pz9Kd4Rt8Wv1Ny6Bc3Hf5Js0Ga";

    private static void addResources(Construct stack) {
        instance(stack, "OpenSsh", null, List.of(port(22, List.of("0.0.0.0/0"), null)), false);
        instance(stack, "Hardened", "admin-key", List.of(port(22, List.of(ADMIN), null),
                port(18789, List.of(), "private")), true);
        instance(stack, "DefaultFirewall", "admin-key", null, true);
        instance(stack, "GatewayOpen", "admin-key", List.of(port(18789, List.of("198.51.100.7/32"), null)), true);
        CfnInstance secret = instance(stack, "SecretUserData", "admin-key", List.of(port(22, List.of(ADMIN), null)), true);
        secret.setUserData("#!/bin/bash\nexport ANTHROPIC_API_KEY=" + FAKE_ANTHROPIC_KEY + "\n");
        CfnInstance directTls = instance(stack, "DirectTls", "admin-key", List.of(port(443, List.of("0.0.0.0/0"), null),
                port(80, List.of("0.0.0.0/0"), null)), true);
        Acknowledgements.of(directTls).acknowledge("Lightsail-WorldOpenPort[tcp/443]", DIRECT_TLS_REASON);
        CfnInstance overridden = instance(stack, "Overridden", "admin-key", List.of(port(22, List.of(ADMIN), null)), true);
        overridden.addPropertyOverride("Networking.Ports.0.Cidrs", List.of("0.0.0.0/0"));

        CfnLoadBalancer.Builder.create(stack, "DefaultPolicyLb").loadBalancerName("default-lb").instancePort(80).build();
        CfnLoadBalancer.Builder.create(stack, "StrictLb").loadBalancerName("strict-lb").instancePort(80)
                .tlsPolicyName("TLS-FS-Res-1-2-2019-08").build();
        certificate(stack, "PendingCert", false, null);
        certificate(stack, "AttachedNoRedirect", true, null);
        certificate(stack, "AttachedRedirect", true, true);
        CfnContainer.Builder.create(stack, "LeakyContainer").serviceName("leaky").power("nano").scale(1)
                .containerServiceDeployment(CfnContainer.ContainerServiceDeploymentProperty.builder()
                        .containers(List.of(CfnContainer.ContainerProperty.builder().containerName("gw")
                                .image("ghcr.io/openclaw/openclaw:2026.9.6")
                                .environment(List.of(CfnContainer.EnvironmentVariableProperty.builder()
                                        .variable("ANTHROPIC_API_KEY").value("abc123").build()))
                                .build()))
                        .build())
                .build();
    }

    private static CfnInstance instance(Construct scope, String id, String keyPair,
                                        List<CfnInstance.PortProperty> ports, boolean snapshots) {
        CfnInstance.Builder builder = CfnInstance.Builder.create(scope, id).instanceName(id.toLowerCase())
                .blueprintId("ubuntu_24_04").bundleId("medium_3_0");
        Optional.ofNullable(keyPair).ifPresent(builder::keyPairName);
        if (ports != null) {
            builder.networking(CfnInstance.NetworkingProperty.builder().ports(ports).build());
        }
        if (snapshots) {
            builder.addOns(List.of(CfnInstance.AddOnProperty.builder().addOnType("AutoSnapshot")
                    .autoSnapshotAddOnRequest(CfnInstance.AutoSnapshotAddOnProperty.builder()
                            .snapshotTimeOfDay("04:00").build()).build()));
        }
        return builder.build();
    }

    private static CfnInstance.PortProperty port(int port, List<String> cidrs, String accessType) {
        CfnInstance.PortProperty.Builder builder = CfnInstance.PortProperty.builder().fromPort(port).toPort(port)
                .protocol("tcp");
        if (!cidrs.isEmpty()) {
            builder.cidrs(cidrs);
        }
        Optional.ofNullable(accessType).ifPresent(builder::accessType);
        return builder.build();
    }

    private static void certificate(Construct scope, String id, boolean attached, Boolean redirect) {
        CfnLoadBalancerTlsCertificate.Builder builder = CfnLoadBalancerTlsCertificate.Builder.create(scope, id)
                .loadBalancerName("strict-lb").certificateName(id.toLowerCase())
                .certificateDomainName("agent.example.com").isAttached(attached);
        Optional.ofNullable(redirect).ifPresent(builder::httpsRedirectionEnabled);
        builder.build();
    }

}
