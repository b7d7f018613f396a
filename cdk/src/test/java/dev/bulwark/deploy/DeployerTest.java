package dev.bulwark.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.baseline.BaselineFingerprint;
import dev.bulwark.baseline.HostBaseline;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintLoader;
import com.sun.net.httpserver.HttpServer;
import dev.bulwark.deploy.aws.AwsClients;
import dev.bulwark.deploy.hostsecrets.PublicAddressLookup;
import dev.bulwark.deploy.preflight.Preflight;
import dev.bulwark.deploy.secrets.SecretSource;
import dev.bulwark.deploy.state.DeployPhase;
import dev.bulwark.deploy.state.DeployStateFile;
import dev.bulwark.findings.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seam test of the deploy orchestration against the AWS control plane, which has no real counterpart on this
 * machine: CloudFormation, Lightsail, Secrets Manager, STS and Route 53 are test doubles of the SDK client
 * interfaces; the SDK's own change-set waiter runs against them with a zero fixed delay. Synthesis is a canned
 * template.
 */
class DeployerTest {
    private static final String KEY = "sk-ant-api03-THIS-IS-THE-TEST-KEY-VALUE";
    private static final WaiterOverrideConfiguration NO_WAIT = WaiterOverrideConfiguration.builder()
            .backoffStrategyV2(BackoffStrategy.retryImmediately()).maxAttempts(3).build();
    private static final Map<String, String> PHASE1_OUTPUTS = Map.of("InstanceName", "openclaw-prod",
            "LoadBalancerName", "openclaw-prod-lb", "CertificateName", "agent-cert", "CertificatePhase",
            "awaiting-validation", "StaticIpAddress", "203.0.113.10",
            "PostCreateSteps", "UpdateInstanceMetadataOptions httpTokens=required; SetIpAddressType ipv4");

    @TempDir
    Path dir;

    private final FakeCloudFormation cloudFormation = new FakeCloudFormation();
    private final FakeLightsail lightsail = new FakeLightsail();
    private final FakeSecretsManager secretsManager = new FakeSecretsManager();
    private final FakeSts sts = new FakeSts();
    private final RecordingConsole console = new RecordingConsole();
    /** Each synthesis: pending (phase 1), https (certificate attached, instance held back) or attached. */
    private final List<String> synthPhases = new ArrayList<>();
    /** The instance generation of each synthesis. */
    private final List<Integer> generations = new ArrayList<>();
    private final List<String> verified = new ArrayList<>();
    private String nodeProblem;
    private final List<String> delivered = new ArrayList<>();
    private RuntimeException deliveryFailure;
    private Blueprint blueprint;

    @BeforeEach
    void load() throws Exception {
        blueprint = withDeployNetwork("[198.51.100.0/24]");
    }

    /**
     * The default blueprint made public behind an allowlist (the certificate path), deployable from
     * {@code deployCidrs} (the tests deploy from 198.51.100.7).
     */
    private Blueprint withDeployNetwork(String deployCidrs) throws Exception {
        String yaml = Files.readString(Path.of("../blueprints/openclaw-instance.yaml"));
        assertTrue(yaml.contains("  deployCidrs: []\n"));
        assertTrue(yaml.contains("  mode: private\n"));
        Path file = Files.writeString(dir.resolve("openclaw-instance.yaml"),
                yaml.replace("  deployCidrs: []\n", "  deployCidrs: " + deployCidrs + "\n")
                        .replace("  mode: private\n", "  mode: public\n  allowCidrs: [203.0.113.0/24]\n"));
        return new BlueprintLoader().load(file);
    }

    /**
     * The private sample as shipped (deployable from 198.51.100.0/24): no load balancer outputs, no certificate.
     * The seam doubles stand in for the AWS control plane, which has no real counterpart here.
     */
    private Blueprint privateBlueprint() throws Exception {
        String yaml = Files.readString(Path.of("../blueprints/openclaw-instance.yaml"));
        Path file = Files.writeString(dir.resolve("openclaw-private.yaml"),
                yaml.replace("  deployCidrs: []\n", "  deployCidrs: [198.51.100.0/24]\n"));
        Blueprint loaded = new BlueprintLoader().load(file);
        assertFalse(loaded.access().isPublic());
        return loaded;
    }

    private void scriptPrivateStack() {
        cloudFormation.nextChanges.add(List.of(FakeCloudFormation.of(FakeCloudFormation.change("Add", "HostInstance",
                "AWS::Lightsail::Instance"))));
        cloudFormation.nextOutcomes.add(new FakeCloudFormation.Outcome("CREATE_COMPLETE", List.of(
                FakeCloudFormation.event("e1", "HostInstance", "CREATE_COMPLETE", null)), Map.of(
                "InstanceName", "openclaw-prod", "StaticIpAddress", "203.0.113.10", "AccessMode", "private",
                "PostCreateSteps", "UpdateInstanceMetadataOptions httpTokens=required; SetIpAddressType ipv4")));
    }

    /** Deploys the private sample from 198.51.100.7; the instance's firewall reports 443 to the world {@code state}. */
    private DeployResult deployPrivate(Blueprint privateBlueprint, String state) {
        scriptPrivateStack();
        lightsail.portStates = List.of(software.amazon.awssdk.services.lightsail.model.InstancePortState.builder()
                .fromPort(443).toPort(443).protocol("tcp").state(state).cidrs("0.0.0.0/0").build());
        return deployer().deploy(privateBlueprint, config(Optional.of(stdin(KEY)), Duration.ZERO,
                Optional.of("198.51.100.7/32")));
    }

    @Test
    void deploy_privateAccess_skipsCertificateDeliversOverSshAndVerifiesNothingIsOpen() throws Exception {
        Blueprint privateBlueprint = privateBlueprint();

        DeployResult result = deployPrivate(privateBlueprint, "closed");

        assertEquals(DeployPhase.VERIFIED, result.phase());
        assertEquals(Optional.of(0), result.verifyExit());
        assertEquals(List.of("pending"), synthPhases, "one synthesis: no certificate phase to attach");
        assertEquals(List.of("CreateChangeSet CREATE", "ExecuteChangeSet"),
                cloudFormation.calls.stream().filter(c -> !c.startsWith("Describe")).toList());
        assertEquals(List.of("CreateKeyPair openclaw-prod-key", "UpdateInstanceMetadataOptions openclaw-prod required",
                "SetIpAddressType openclaw-prod ipv4", "OpenInstancePublicPorts 22 [198.51.100.7/32]",
                "CloseInstancePublicPorts 22 [198.51.100.7/32]"), lightsail.calls);
        assertFalse(lightsail.calls.stream().anyMatch(c -> c.contains("Certificate")), lightsail.calls.toString());
        assertEquals(1, delivered.size(), "credentials delivered over the SSH window as in public mode");
        assertEquals(List.of(), verified, "no public URL is verified from outside");
        assertContains(console.text(), "is private", "bulwark tunnel " + privateBlueprint.file());
        assertFalse(console.text().contains("certificate"), console.text());
    }

    @Test
    void deploy_privateAccessButAPortOpenToTheWorld_verifyFindsItAndExitsOne() throws Exception {
        DeployResult result = deployPrivate(privateBlueprint(), "open");

        assertEquals(Optional.of(1), result.verifyExit());
        assertContains(console.text(), "[high] tcp 443 is open to 0.0.0.0/0", "bulwark tunnel");
    }

    private Deployer deployer() {
        AwsClients aws = new AwsClients(cloudFormation, lightsail, secretsManager, sts, new FakeRoute53());
        Clock clock = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
        StackSynthesis synthesis = (bp, context, out) -> {
            boolean validated = context.certificateAttached();
            synthPhases.add(!validated ? "pending" : context.holdBackend() ? "https" : "attached");
            generations.add(context.instanceGeneration());
            String body = "{\"Metadata\":{\"bulwark:preCreateSteps\":[{\"action\":\"CreateKeyPair\",\"argument\":\""
                    + bp.name() + "-key\"}]},\"Resources\":{},\"Outputs\":{\"CertificatePhase\":{\"Value\":\""
                    + (validated ? "validated" : "awaiting-validation") + "\"}}}";
            try {
                return new SynthesizedStack("bulwark-" + bp.name(), body, new ObjectMapper().readTree(body), List.of());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        Preflight.NodeCheck node = () -> {
            if (nodeProblem != null) {
                throw new IllegalStateException(nodeProblem);
            }
        };
        return new Deployer(aws, console, clock, Sleeper.none(), node::check, synthesis,
                (bp, endpoints) -> {
                    endpoints.forEach(e -> verified.add(e.url() + " " + e.host().orElse(null)));
                    return 0;
                }, NO_WAIT, Duration.ofSeconds(10), (target, credentials) -> {
                    delivered.add(target.user() + "@" + target.host() + ":" + target.port() + " " + target.knownHosts()
                            + " " + credentials.keySet());
                    if (deliveryFailure != null) {
                        throw deliveryFailure;
                    }
                });
    }

    private DeployConfig config(Optional<SecretSource> secrets, Duration certificateWait) {
        return config(secrets, certificateWait, Optional.empty());
    }

    private DeployConfig config(Optional<SecretSource> secrets, Duration certificateWait, Optional<String> sshFrom) {
        return new DeployConfig(dir.resolve("cdk.out"), dir, true, secrets, certificateWait, Duration.ofMinutes(30),
                true, Severity.HIGH, sshFrom);
    }

    private static SecretSource stdin(String text) {
        return SecretSource.stdin(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private void scriptFreshStack() {
        cloudFormation.nextChanges.add(List.of(FakeCloudFormation.of(FakeCloudFormation.change("Add", "HostInstance",
                "AWS::Lightsail::Instance"))));
        cloudFormation.nextOutcomes.add(new FakeCloudFormation.Outcome("CREATE_COMPLETE", List.of(
                FakeCloudFormation.event("e1", "HostInstance", "CREATE_IN_PROGRESS", null),
                FakeCloudFormation.event("e2", "HostInstance", "CREATE_COMPLETE", null)), PHASE1_OUTPUTS));
    }

    /** Two updates: certificate attached with the HTTPS redirect, then the instance behind the load balancer. */
    private void scriptPhase2() {
        Map<String, String> outputs = new java.util.HashMap<>(PHASE1_OUTPUTS);
        outputs.put("CertificatePhase", "validated");
        cloudFormation.nextChanges.add(List.of(FakeCloudFormation.of(FakeCloudFormation.change("Modify",
                "EdgeCertificate", "AWS::Lightsail::LoadBalancerTlsCertificate").replacement("False"))));
        cloudFormation.nextOutcomes.add(new FakeCloudFormation.Outcome("UPDATE_COMPLETE", List.of(
                FakeCloudFormation.event("e3", "EdgeCertificate", "UPDATE_COMPLETE", null)), outputs));
        cloudFormation.nextChanges.add(List.of(FakeCloudFormation.of(FakeCloudFormation.change("Modify",
                "EdgeLoadBalancer", "AWS::Lightsail::LoadBalancer").replacement("False"))));
        cloudFormation.nextOutcomes.add(new FakeCloudFormation.Outcome("UPDATE_COMPLETE", List.of(
                FakeCloudFormation.event("e4", "EdgeLoadBalancer", "UPDATE_COMPLETE", null)), outputs));
    }

    /** A complete first deploy (keys stored before), then the calls recorded so far forgotten. */
    private void deployedOnce() {
        scriptFreshStack();
        scriptPhase2();
        lightsail.certificateStatuses.add("ISSUED");
        secretsManager.values.put("openclaw-prod/anthropic-api-key", KEY);
        deployer().deploy(blueprint, config(Optional.empty(), Duration.ofMinutes(10)));
        cloudFormation.calls.clear();
    }

    private static void assertContains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), () -> "expected '" + part + "' in:\n" + text);
        }
    }

    @Test
    void deploy_freshStackCertificateIssued_runsEveryPhaseAndVerifies() {
        scriptFreshStack();
        scriptPhase2();
        lightsail.certificateStatuses.addAll(List.of("PENDING_VALIDATION", "ISSUED"));

        DeployResult result = deployer().deploy(blueprint, config(Optional.of(stdin("anthropic=" + KEY + "\n")),
                Duration.ofMinutes(10)));

        assertEquals(DeployPhase.VERIFIED, result.phase());
        assertEquals(Optional.of(0), result.verifyExit());
        assertEquals(List.of("pending", "https", "attached"), synthPhases, "HTTPS in place before the instance is");
        assertEquals(List.of("CreateChangeSet CREATE", "ExecuteChangeSet", "CreateChangeSet UPDATE", "ExecuteChangeSet",
                        "CreateChangeSet UPDATE", "ExecuteChangeSet"),
                cloudFormation.calls.stream().filter(c -> !c.startsWith("Describe")).toList());
        assertContains(console.text(), "+ Add HostInstance (AWS::Lightsail::Instance)",
                "_abc.agent.example.com.  CNAME  _xyz.acm-validations.aws.", "CREATE_COMPLETE",
                "waiting for validation (PENDING_VALIDATION)", "Certificate agent-cert is issued.");
        assertEquals(List.of("CreateKeyPair openclaw-prod-key", "UpdateInstanceMetadataOptions openclaw-prod required",
                "SetIpAddressType openclaw-prod ipv4"), lightsail.calls);
        assertEquals(KEY, secretsManager.values.get("openclaw-prod/anthropic-api-key"));
        assertEquals(List.of("https://agent.example.com 203.0.113.10"), verified);
        assertFalse(console.text().contains(KEY));
        assertFalse(console.text().contains("PRIVATE-KEY-MATERIAL"), "a created key pair's private key is never shown");
    }

    @Test
    void deploy_secretsStored_valueInNoOutputNorStateFile() throws Exception {
        scriptFreshStack();
        scriptPhase2();
        lightsail.certificateStatuses.add("ISSUED");

        deployer().deploy(blueprint, config(Optional.of(stdin(KEY + "\n")), Duration.ofMinutes(10)));

        assertEquals(KEY, secretsManager.values.get("openclaw-prod/anthropic-api-key"));
        String state = Files.readString(DeployStateFile.forBlueprint(dir, blueprint.name()).path());
        assertFalse(state.contains(KEY));
        assertContains(state, "\"verified\"");
        assertFalse(console.text().contains(KEY));
        assertFalse(String.join("", cloudFormation.templates).contains(KEY));
    }

    @Test
    void deploy_unchangedStack_isNoOpWithUpToDate() {
        deployedOnce();
        lightsail.calls.clear();
        console.lines.clear();

        DeployResult again = deployer().deploy(blueprint, config(Optional.empty(), Duration.ofMinutes(10)));

        assertEquals(DeployPhase.VERIFIED, again.phase());
        assertTrue(cloudFormation.calls.contains("DeleteChangeSet"));
        assertFalse(cloudFormation.calls.contains("ExecuteChangeSet"));
        assertFalse(cloudFormation.calls.contains("DeleteStack"), "an existing stack is never deleted by a no-op");
        assertContains(console.text(), "No changes: the stack is up to date.");
        assertEquals("attached", synthPhases.get(synthPhases.size() - 1), "an attached stack is synthesized as phase 2");
    }

    @Test
    void deploy_certificateStillPending_stopsResumablyAndResumes() {
        scriptFreshStack();
        lightsail.lastCertificateStatus = "PENDING_VALIDATION";

        DeployResult first = deployer().deploy(blueprint, config(Optional.of(stdin(KEY)), Duration.ZERO));

        assertTrue(first.pending());
        assertEquals(DeployPhase.CERTIFICATE_PENDING,
                DeployStateFile.forBlueprint(dir, blueprint.name()).read().orElseThrow().phase());
        assertContains(console.text(), "run the same deploy command again");

        cloudFormation.nextChanges.add(List.of()); // phase 1 unchanged on the rerun
        scriptPhase2();
        lightsail.certificateStatuses.add("ISSUED");
        console.lines.clear();
        DeployResult resumed = deployer().deploy(blueprint, config(Optional.of(stdin(KEY)), Duration.ZERO));

        assertContains(console.text(), "Resuming: the last deploy reached 'certificate-pending'");
        assertEquals(DeployPhase.VERIFIED, resumed.phase());
        assertEquals(List.of("pending", "pending", "https", "attached"), synthPhases);
    }

    /**
     * Issue 16 item 2: UserData is write-only but not create-only and the Instance update handler applies only
     * add-ons, networking, disks and tags, so a change set modifying UserData without replacement would end
     * UPDATE_COMPLETE with the host unchanged. Deploy stops before executing it.
     */
    @Test
    void deploy_userDataChangeOnLiveInstance_refusedBeforeAnyChange() {
        deployedOnce();
        cloudFormation.nextChanges.add(List.of(FakeCloudFormation.of(FakeCloudFormation.change("Modify",
                "HostInstance", "AWS::Lightsail::Instance").replacement("False").details(d -> d.target(t -> t
                .attribute("Properties").name("UserData").requiresRecreation("Never"))))));

        DeployException e = assertThrows(DeployException.class,
                () -> deployer().deploy(blueprint, config(Optional.empty(), Duration.ofMinutes(10))));

        assertEquals(DeployException.Kind.USAGE, e.kind());
        assertContains(e.getMessage(), "host baseline of HostInstance changed", "Nothing was changed",
                "--replace-instance");
        assertFalse(cloudFormation.calls.contains("ExecuteChangeSet"));
        assertTrue(cloudFormation.calls.contains("DeleteChangeSet"));
    }

    /**
     * Issue 16 item 2: the live stack says its instance was built from another baseline than the blueprint renders
     * now (one file's hash differs), as a stack deployed before the blueprint's host firewall changed would.
     *
     * @return the path of the file that differs
     */
    private String liveBaselineDiffers() {
        BaselineFingerprint now = BaselineFingerprint.of(HostBaseline.withDefaultPolicy(), blueprint);
        String changed = now.files().keySet().stream().filter(path -> path.contains("nftables")).findFirst()
                .orElseThrow();
        Map<String, String> files = new java.util.LinkedHashMap<>(now.files());
        files.put(changed, "00000000");
        Map<String, String> outputs = new java.util.HashMap<>(PHASE1_OUTPUTS);
        outputs.put("CertificatePhase", "validated");
        outputs.put("BaselineDigest", "0000000000000000");
        outputs.put("BaselineFiles", new BaselineFingerprint("0000000000000000", files).renderFiles());
        outputs.put("InstanceGeneration", "1");
        cloudFormation.stack = cloudFormation.stack.toBuilder().outputs(outputs.entrySet().stream()
                .map(e -> software.amazon.awssdk.services.cloudformation.model.Output.builder().outputKey(e.getKey())
                        .outputValue(e.getValue()).build()).toList()).build();
        return changed;
    }

    private DeployConfig replacing(Optional<String> sshFrom) {
        return new DeployConfig(dir.resolve("cdk.out"), dir, true, Optional.empty(), Duration.ofMinutes(10),
                Duration.ofMinutes(30), true, Severity.HIGH, sshFrom, Optional.empty(), false, true);
    }

    /** The replacement change set CloudFormation computes for a new instance name (create-only). */
    private void scriptReplacement() {
        cloudFormation.nextChanges.add(List.of(
                FakeCloudFormation.of(FakeCloudFormation.change("Modify", "HostInstance", "AWS::Lightsail::Instance")
                        .replacement("True").details(d -> d.target(t -> t.attribute("Properties")
                                .name("InstanceName").requiresRecreation("Always")))),
                FakeCloudFormation.of(FakeCloudFormation.change("Modify", "HostStaticIp", "AWS::Lightsail::StaticIp")
                        .replacement("False")),
                FakeCloudFormation.of(FakeCloudFormation.change("Modify", "EdgeLoadBalancer",
                        "AWS::Lightsail::LoadBalancer").replacement("False"))));
        Map<String, String> outputs = new java.util.HashMap<>(PHASE1_OUTPUTS);
        outputs.put("CertificatePhase", "validated");
        outputs.put("InstanceName", "openclaw-prod-g2");
        cloudFormation.nextOutcomes.add(new FakeCloudFormation.Outcome("UPDATE_COMPLETE", List.of(
                FakeCloudFormation.event("r1", "HostInstance", "UPDATE_COMPLETE", null)), outputs));
    }

    @Test
    void deploy_baselineChangedWithoutReplaceFlagNoTerminal_exit2NamingTheFlagBeforeAnyChange() {
        deployedOnce();
        String changed = liveBaselineDiffers();
        lightsail.calls.clear();

        DeployException e = assertThrows(DeployException.class,
                () -> deployer().deploy(blueprint, config(Optional.empty(), Duration.ofMinutes(10))));

        assertEquals(DeployException.Kind.USAGE, e.kind());
        assertContains(e.getMessage(), "--replace-instance", changed, "Nothing was changed");
        assertContains(console.text(), "instance will be REPLACED (baseline changed: " + changed + "), snapshot kept,"
                + " static IP and load balancer attachment move");
        assertFalse(cloudFormation.calls.stream().anyMatch(c -> c.startsWith("CreateChangeSet")), "nothing asked");
        assertFalse(lightsail.calls.stream().anyMatch(c -> c.startsWith("CreateInstanceSnapshot")));
    }

    @Test
    void deploy_baselineChangedOnTerminalDeclined_nothingChanged() {
        deployedOnce();
        liveBaselineDiffers();
        console.interactive = true;
        console.answers.add("no");

        DeployResult result = deployer().deploy(blueprint, config(Optional.empty(), Duration.ofMinutes(10)));

        assertTrue(result.declined());
        assertFalse(cloudFormation.calls.stream().anyMatch(c -> c.startsWith("CreateChangeSet")));
    }

    @Test
    void deploy_baselineChangedWithReplaceInstance_snapshotsReplacesMovesIpAndDeliversAgain() {
        deployedOnce();
        String changed = liveBaselineDiffers();
        scriptReplacement();
        lightsail.calls.clear();
        generations.clear();
        List<String> cloudFormationAtSnapshot = new java.util.ArrayList<>();
        lightsail.onCreateInstanceSnapshot = () -> cloudFormationAtSnapshot.addAll(cloudFormation.calls);

        DeployResult result = deployer().deploy(blueprint, replacing(Optional.of("198.51.100.7/32")));

        assertEquals(DeployPhase.VERIFIED, result.phase());
        assertEquals(List.of(2), generations, "the new generation renames the instance, so CloudFormation replaces it");
        assertContains(console.text(), "baseline changed: " + changed, "Instance replaced: openclaw-prod-g2");
        assertTrue(lightsail.calls.contains("CreateInstanceSnapshot openclaw-prod openclaw-prod-replaced-1893456000"),
                lightsail.calls::toString);
        assertTrue(cloudFormationAtSnapshot.stream().anyMatch(c -> c.startsWith("CreateChangeSet"))
                && !cloudFormationAtSnapshot.contains("ExecuteChangeSet"),
                "snapshot after the change set is approved, before it runs: " + cloudFormationAtSnapshot);
        assertTrue(cloudFormation.calls.contains("ExecuteChangeSet"));
        assertTrue(lightsail.calls.contains("AttachStaticIp openclaw-prod-ip openclaw-prod-g2"),
                "the static IP ends on the new instance: " + lightsail.calls);
        assertEquals(1, delivered.size(), "the new host gets the credentials again: " + delivered);
        assertEquals(1, verified.size() - 1, "verified after the replacement too: " + verified);
    }

    @Test
    void deploy_replacementSnapshotFails_changeSetDiscardedNeverExecuted() {
        deployedOnce();
        liveBaselineDiffers();
        scriptReplacement();
        lightsail.snapshotStates.clear();
        lightsail.snapshotStates.add("error");

        DeployException e = assertThrows(DeployException.class,
                () -> deployer().deploy(blueprint, replacing(Optional.empty())));

        assertEquals(DeployException.Kind.ENVIRONMENT, e.kind());
        assertContains(e.getMessage(), "openclaw-prod-replaced-", "nothing was deleted");
        assertFalse(cloudFormation.calls.contains("ExecuteChangeSet"), "no replacement without the snapshot");
        assertTrue(cloudFormation.calls.contains("DeleteChangeSet"));
    }

    @Test
    void deploy_replaceInstanceButBaselineUnchanged_instanceStays() {
        deployedOnce();
        Map<String, String> outputs = new java.util.HashMap<>(PHASE1_OUTPUTS);
        BaselineFingerprint now = BaselineFingerprint.of(HostBaseline.withDefaultPolicy(), blueprint);
        outputs.put("CertificatePhase", "validated");
        outputs.put("BaselineDigest", now.digest());
        outputs.put("BaselineFiles", now.renderFiles());
        cloudFormation.stack = cloudFormation.stack.toBuilder().outputs(outputs.entrySet().stream()
                .map(e -> software.amazon.awssdk.services.cloudformation.model.Output.builder().outputKey(e.getKey())
                        .outputValue(e.getValue()).build()).toList()).build();
        generations.clear();

        deployer().deploy(blueprint, replacing(Optional.empty()));

        assertEquals(List.of(1), generations);
        assertContains(console.text(), "the host baseline is unchanged, so the instance stays");
        assertFalse(lightsail.calls.stream().anyMatch(c -> c.startsWith("CreateInstanceSnapshot")));
    }

    /**
     * Issue 16 item 3: CreateSecret of a name scheduled for deletion fails ("scheduled for deletion"), and of a
     * retained one "already exists"; either would roll back the whole create, so preflight stops first.
     */
    @Test
    void deploy_providerKeySecretScheduledForDeletion_stopsBeforeAnyChangeNamingTheFix() {
        secretsManager.retained.put("openclaw-prod/anthropic-api-key", Instant.parse("2029-12-20T10:00:00Z"));

        DeployException e = assertThrows(DeployException.class,
                () -> deployer().deploy(blueprint, config(Optional.empty(), Duration.ZERO)));

        assertEquals(DeployException.Kind.ENVIRONMENT, e.kind());
        assertContains(e.getMessage(), "openclaw-prod/anthropic-api-key (scheduled for deletion since 2029-12-20",
                "--force-delete-secrets");
        assertFalse(cloudFormation.calls.stream().anyMatch(c -> c.startsWith("CreateChangeSet")), "nothing created");
    }

    @Test
    void deploy_providerKeySecretLeftByFailedCreate_stopsBeforeAnyChange() {
        secretsManager.retained.put("openclaw-prod/anthropic-api-key", null);

        DeployException e = assertThrows(DeployException.class,
                () -> deployer().deploy(blueprint, config(Optional.empty(), Duration.ZERO)));

        assertContains(e.getMessage(), "openclaw-prod/anthropic-api-key (exists, kept from an earlier deployment)");
        assertTrue(lightsail.calls.isEmpty(), "no key pair made either: " + lightsail.calls);
    }

    @Test
    void deploy_stackFails_reportsResourceReasonAndRollback() {
        cloudFormation.nextChanges.add(List.of(FakeCloudFormation.of(FakeCloudFormation.change("Add", "HostInstance",
                "AWS::Lightsail::Instance"))));
        cloudFormation.nextOutcomes.add(new FakeCloudFormation.Outcome("ROLLBACK_COMPLETE", List.of(
                FakeCloudFormation.event("e1", "HostInstance", "CREATE_FAILED", "Bundle medium_3_0 quota exceeded"),
                FakeCloudFormation.event("e2", "HostInstance", "DELETE_COMPLETE", null)), Map.of()));

        DeployException e = assertThrows(DeployException.class,
                () -> deployer().deploy(blueprint, config(Optional.empty(), Duration.ZERO)));

        assertContains(e.getMessage(), "HostInstance (AWS::Lightsail::Instance): Bundle medium_3_0 quota exceeded",
                "ROLLBACK_COMPLETE", "the rollback completed");
        assertContains(console.text(), "CREATE_FAILED HostInstance");
    }

    @Test
    void deploy_noCredentials_environmentErrorNamingTheFix() {
        sts.credentials = false;

        DeployException e = assertThrows(DeployException.class,
                () -> deployer().deploy(blueprint, config(Optional.empty(), Duration.ZERO)));

        assertEquals(DeployException.Kind.ENVIRONMENT, e.kind());
        assertContains(e.getMessage(), "no AWS credentials found", "aws configure");
        assertTrue(cloudFormation.calls.isEmpty());
    }

    @Test
    void deploy_bundleNotOffered_usageErrorListingBundles() {
        lightsail.bundles = List.of("nano_3_0", "small_3_0");

        DeployException e = assertThrows(DeployException.class,
                () -> deployer().deploy(blueprint, config(Optional.empty(), Duration.ZERO)));

        assertEquals(DeployException.Kind.USAGE, e.kind());
        assertContains(e.getMessage(), "bundle 'medium_3_0' is not offered in us-east-1", "nano_3_0, small_3_0");
    }

    @Test
    void deploy_nodeMissing_environmentErrorBeforeAnyAwsCall() {
        nodeProblem = "cannot start Node.js ('node'): install Node.js 20 or newer";

        DeployException e = assertThrows(DeployException.class,
                () -> deployer().deploy(blueprint, config(Optional.empty(), Duration.ZERO)));

        assertEquals(DeployException.Kind.ENVIRONMENT, e.kind());
        assertContains(e.getMessage(), "install Node.js 20");
        assertTrue(cloudFormation.calls.isEmpty());
    }

    @Test
    void deploy_noSecretsSourceAndPlaceholder_usageErrorNamingSecretNotValue() {
        scriptFreshStack();
        scriptPhase2();
        lightsail.certificateStatuses.add("ISSUED");

        DeployException e = assertThrows(DeployException.class,
                () -> deployer().deploy(blueprint, config(Optional.empty(), Duration.ZERO)));

        assertEquals(DeployException.Kind.USAGE, e.kind());
        assertContains(e.getMessage(), "openclaw-prod/anthropic-api-key", "--secrets-from");
    }

    @Test
    void deploy_sshFrom_opensPortToThatAddressDeliversPinnedThenCloses() {
        scriptFreshStack();
        scriptPhase2();
        lightsail.certificateStatuses.add("ISSUED");

        deployer().deploy(blueprint, config(Optional.of(stdin(KEY)), Duration.ZERO, Optional.of("198.51.100.7/32")));

        assertEquals(List.of("ubuntu@203.0.113.10:22 [203.0.113.10 ssh-ed25519 AAAAC3NzaHostKey]"
                + " [gateway-token, provider-anthropic]"), delivered);
        List<String> ports = lightsail.calls.stream().filter(c -> c.contains("PublicPorts")).toList();
        assertEquals(List.of("OpenInstancePublicPorts 22 [198.51.100.7/32]",
                "CloseInstancePublicPorts 22 [198.51.100.7/32]"), ports);
        assertTrue(DeployStateFile.forBlueprint(dir, blueprint.name()).read().orElseThrow().delivered());
        assertFalse(console.text().contains("LOGIN-PRIVATE-KEY"));
    }

    @Test
    void deploy_sshFromOutsideAdminAndDeployNetworks_usageErrorNamingTheFixBeforeAnyAwsCall() throws Exception {
        blueprint = withDeployNetwork("[]");

        DeployException e = assertThrows(DeployException.class, () -> deployer().deploy(blueprint,
                config(Optional.of(stdin(KEY)), Duration.ZERO, Optional.of("198.51.100.7"))));

        assertEquals(DeployException.Kind.USAGE, e.kind());
        assertContains(e.getMessage(), "198.51.100.7/32", "add your deploy network to admin.deployCidrs in "
                + dir.resolve("openclaw-instance.yaml"), "or run deploy from inside it");
        assertEquals(List.of(), lightsail.calls);
        assertEquals(List.of(), delivered);
    }

    @Test
    void deploy_sshFromInsideAnotherDeployNetwork_refusedWhileTheMatchingOneIsAccepted() throws Exception {
        blueprint = withDeployNetwork("[192.0.2.0/24]");
        assertThrows(DeployException.class, () -> deployer().deploy(blueprint,
                config(Optional.empty(), Duration.ZERO, Optional.of("198.51.100.7"))));

        blueprint = withDeployNetwork("[192.0.2.0/24, 198.51.96.0/20]");
        scriptFreshStack();
        scriptPhase2();
        lightsail.certificateStatuses.add("ISSUED");
        deployer().deploy(blueprint, config(Optional.of(stdin(KEY)), Duration.ZERO, Optional.of("198.51.100.7")));
        assertEquals(1, delivered.size(), delivered::toString);
    }

    /** A real loopback HTTP server answering {@code reply} as a "what is my IP" endpoint would. */
    private static HttpServer whatIsMyIp(String reply) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = reply.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    private DeployConfig detecting(HttpServer server) {
        DeployConfig plain = config(Optional.of(stdin(KEY)), Duration.ZERO);
        return new DeployConfig(plain.outDir(), plain.stateRoot(), true, plain.secrets(), Duration.ZERO,
                plain.stackTimeout(), true, Severity.HIGH, Optional.empty(), Optional.of(new PublicAddressLookup(
                        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"), Duration.ofSeconds(5))));
    }

    @Test
    void deploy_noSshFromButLookup_opensWindowToTheDetectedAddressAndSaysSo() throws Exception {
        scriptFreshStack();
        scriptPhase2();
        lightsail.certificateStatuses.add("ISSUED");
        HttpServer server = whatIsMyIp("198.51.100.7\n");
        try {
            deployer().deploy(blueprint, detecting(server));
        } finally {
            server.stop(0);
        }

        assertContains(console.text(), "deploying from 198.51.100.7 (detected; pass --ssh-from to override)");
        assertEquals(1, delivered.size(), delivered::toString);
        assertTrue(lightsail.calls.contains("OpenInstancePublicPorts 22 [198.51.100.7/32]"), lightsail.calls::toString);
    }

    @Test
    void deploy_lookupAnswersGarbage_environmentErrorBeforeAnythingChanges() throws Exception {
        HttpServer server = whatIsMyIp("<html>captive portal</html>");
        DeployException e;
        try {
            e = assertThrows(DeployException.class, () -> deployer().deploy(blueprint, detecting(server)));
        } finally {
            server.stop(0);
        }

        assertEquals(DeployException.Kind.ENVIRONMENT, e.kind());
        assertContains(e.getMessage(), "pass --ssh-from");
        assertEquals(List.of(), cloudFormation.calls);
        assertEquals(List.of(), delivered);
    }

    @Test
    void deploy_deliveryFails_portClosedAnyway() {
        scriptFreshStack();
        scriptPhase2();
        lightsail.certificateStatuses.add("ISSUED");
        deliveryFailure = DeployException.environment("SSH to 203.0.113.10:22 failed");

        assertThrows(DeployException.class, () -> deployer().deploy(blueprint,
                config(Optional.of(stdin(KEY)), Duration.ZERO, Optional.of("198.51.100.7/32"))));

        assertTrue(lightsail.calls.contains("CloseInstancePublicPorts 22 [198.51.100.7/32]"), lightsail.calls.toString());
    }

    @Test
    void deploy_deliveredBeforeAndNoNewKeys_sshStaysClosed() {
        scriptFreshStack();
        scriptPhase2();
        lightsail.certificateStatuses.add("ISSUED");
        deployer().deploy(blueprint, config(Optional.of(stdin(KEY)), Duration.ZERO, Optional.of("198.51.100.7")));
        delivered.clear();
        lightsail.calls.clear();

        deployer().deploy(blueprint, config(Optional.empty(), Duration.ZERO, Optional.of("198.51.100.7")));

        assertEquals(List.of(), delivered);
        assertTrue(lightsail.calls.stream().noneMatch(c -> c.contains("PublicPorts")));
        assertContains(console.text(), "SSH stays closed");
    }

    @Test
    void deploy_noSshFrom_saysDeliveryIsLeftAndHow() {
        scriptFreshStack();
        scriptPhase2();
        lightsail.certificateStatuses.add("ISSUED");

        deployer().deploy(blueprint, config(Optional.of(stdin(KEY)), Duration.ZERO));

        assertEquals(List.of(), delivered);
        assertContains(console.text(), "run deploy again with --ssh-from");
    }

    @Test
    void deploy_keysInputMalformed_usageErrorBeforeAnythingChanges() {
        DeployException e = assertThrows(DeployException.class, () -> deployer().deploy(blueprint,
                config(Optional.of(stdin("openai=" + KEY + "\n")), Duration.ZERO)));

        assertEquals(DeployException.Kind.USAGE, e.kind());
        assertFalse(e.getMessage().contains(KEY));
        assertTrue(cloudFormation.calls.isEmpty(), cloudFormation.calls.toString());
        assertTrue(lightsail.calls.isEmpty(), lightsail.calls.toString());
    }

    @Test
    void deploy_newStackAndCertificateQuotaFull_environmentErrorBeforeCreate() {
        lightsail.otherLoadBalancers = 10;

        DeployException e = assertThrows(DeployException.class,
                () -> deployer().deploy(blueprint, config(Optional.empty(), Duration.ZERO)));

        assertEquals(DeployException.Kind.ENVIRONMENT, e.kind());
        assertContains(e.getMessage(), "already holds 10 Lightsail load balancer certificates", "limit is 10",
                "delete-load-balancer-tls-certificate");
        assertFalse(cloudFormation.calls.stream().anyMatch(c -> c.startsWith("CreateChangeSet")));
    }

    @Test
    void deploy_certificateQuotaHasRoom_goesOn() {
        lightsail.otherLoadBalancers = 9;
        scriptFreshStack();
        lightsail.lastCertificateStatus = "PENDING_VALIDATION";

        DeployResult result = deployer().deploy(blueprint, config(Optional.empty(), Duration.ZERO));

        assertTrue(result.pending());
    }

    @Test
    void deploy_instanceReplaced_deliversAgainToTheNewHost() {
        scriptFreshStack();
        scriptPhase2();
        lightsail.certificateStatuses.add("ISSUED");
        deployer().deploy(blueprint, config(Optional.of(stdin(KEY)), Duration.ZERO, Optional.of("198.51.100.7")));
        delivered.clear();
        cloudFormation.nextChanges.add(List.of(FakeCloudFormation.of(FakeCloudFormation.change("Modify",
                "HostInstance", "AWS::Lightsail::Instance").replacement("True"))));
        Map<String, String> outputs = new java.util.HashMap<>(PHASE1_OUTPUTS);
        outputs.put("CertificatePhase", "validated");
        cloudFormation.nextOutcomes.add(new FakeCloudFormation.Outcome("UPDATE_COMPLETE", List.of(
                FakeCloudFormation.event("r1", "HostInstance", "UPDATE_COMPLETE", null)), outputs));

        deployer().deploy(blueprint, config(Optional.empty(), Duration.ZERO, Optional.of("198.51.100.7")));

        assertEquals(1, delivered.size(), "a replaced instance has none of the credentials: " + console.text());
        assertContains(console.text(), "Replacement: True!");
    }
}
