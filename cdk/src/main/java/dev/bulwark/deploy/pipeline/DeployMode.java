package dev.bulwark.deploy.pipeline;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.cdk.synth.StackContext;
import dev.bulwark.deploy.Console;
import dev.bulwark.deploy.EndpointVerifier;
import dev.bulwark.deploy.SynthesizedStack;
import software.amazon.awssdk.services.cloudformation.model.Stack;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What one deploy mode (instance, container) supplies to the shared {@link DeployPipeline}: its read-only checks,
 * how its stack tells the certificate phase, and the steps before and after the certificate. The pipeline owns
 * the order, the state file, resuming, change sets, the certificate wait and the verify tail.
 */
public interface DeployMode {
    /** Read-only checks of the account and region before anything changes. */
    void preflight(Blueprint blueprint);

    /**
     * Whether the stack has a load balancer certificate to validate and attach; a private instance has none, so
     * the pipeline skips the quota check and the certificate phases.
     */
    default boolean certified(Blueprint blueprint) {
        return true;
    }

    /** A new stack requests a new certificate: there must be room for it. */
    void checkCertificateQuota(Blueprint blueprint);

    /** Whether the live stack has its certificate attached already (phase 2). */
    boolean attached(Stack existing);

    /** The context of this run's first synthesis, the certificate phase given. */
    StackContext context(PipelineRun run, Optional<Stack> existing, boolean attached);

    /** How the synthesis line names a phase-2 synthesis, e.g. {@code " (certificate attached)"}. */
    String attachedLabel();

    /** Before the first change set is executed (instance mode: the key pair the stack refers to). */
    default void beforeApply(PipelineRun run, SynthesizedStack stack) {
    }

    /** Right after the first change set (container mode: new provider keys restart the gateway). */
    default void afterStackApplied(PipelineRun run) {
    }

    /** The certificate the live stack requested. */
    CertificateStep certificate(Stack live);

    /** The line said before the phase-2 change set. */
    String attachMessage(Blueprint blueprint);

    /**
     * The updates that attach the validated certificate, in order, from the context applied so far; one by default.
     * Instance mode makes it two, so that nothing is served over plain HTTP in between.
     */
    default List<StackContext> attachSteps(StackContext current) {
        return List.of(current.attached());
    }

    /** Everything after the certificate is attached; returns the endpoints verify checks. */
    List<DeployedEndpoint> finish(PipelineRun run);

    /**
     * The verify tail: by default verify from outside on the endpoints {@link #finish} named. Returns verify's exit
     * code (0 passed, 1 findings, 3 not checked).
     */
    default int verify(PipelineRun run, List<DeployedEndpoint> endpoints, EndpointVerifier verifier,
                       Console console) {
        console.line("Verifying " + endpoints.stream().map(DeployedEndpoint::url).collect(Collectors.joining(", "))
                + " from outside...");
        return verifier.verify(run.blueprint(), endpoints);
    }
}
