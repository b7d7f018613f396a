package dev.bulwark.deploy.pipeline;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.cdk.synth.StackContext;
import dev.bulwark.deploy.Console;
import dev.bulwark.deploy.DeployConfig;
import dev.bulwark.deploy.DeployResult;
import dev.bulwark.deploy.EndpointVerifier;
import dev.bulwark.deploy.StackRollout;
import dev.bulwark.deploy.StackSynthesis;
import dev.bulwark.deploy.SynthesizedStack;
import dev.bulwark.deploy.aws.AwsClients;
import dev.bulwark.deploy.certificate.CertificateValidation;
import dev.bulwark.deploy.preflight.RetainedSecrets;
import dev.bulwark.deploy.state.DeployPhase;
import dev.bulwark.deploy.state.DeployState;
import dev.bulwark.deploy.state.DeployStateFile;
import software.amazon.awssdk.services.cloudformation.model.Stack;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code bulwark deploy}'s phases, the same for every mode, each recorded in the state file so that running deploy
 * again resumes: preflight, synthesis, change set (the mode's pre-apply step first), the mode's post-apply step,
 * the certificate's DNS validation (stopping resumably when it takes longer) and the phase-2 change set that
 * attaches it (both skipped where the mode has no certificate: a private instance), the mode's finishing steps,
 * then the mode's verify (by default on the endpoints it names).
 */
public final class DeployPipeline {
    private final AwsClients aws;
    private final Console console;
    private final Clock clock;
    private final StackSynthesis synthesis;
    private final StackRollout rollout;
    private final CertificateValidation certificates;
    private final EndpointVerifier verifier;

    public DeployPipeline(AwsClients aws, Console console, Clock clock, StackSynthesis synthesis,
                          StackRollout rollout, CertificateValidation certificates, EndpointVerifier verifier) {
        this.aws = aws;
        this.console = console;
        this.clock = clock;
        this.synthesis = synthesis;
        this.rollout = rollout;
        this.certificates = certificates;
        this.verifier = verifier;
    }

    public DeployResult run(Blueprint blueprint, DeployConfig config, DeployMode mode) {
        mode.preflight(blueprint);
        String endpoint = "https://" + blueprint.domain().name();
        DeployStateFile stateFile = DeployStateFile.forBlueprint(config.stateRoot(), blueprint.name());
        Optional<DeployState> previous = stateFile.read();
        previous.ifPresent(s -> console.line("Resuming: the last deploy reached '" + s.phase().label() + "' at "
                + s.updated() + "; every phase is checked against AWS again."));
        PipelineRun run = new PipelineRun(blueprint, config, stateFile, previous, rollout, synthesis, clock);
        run.label(mode.attachedLabel());
        try {
            return run(run, mode, endpoint);
        } catch (PipelineRun.Declined declined) {
            DeployPhase reached = run.state() != null ? run.state().phase()
                    : previous.map(DeployState::phase).orElse(DeployPhase.SYNTHESIZED); // declined before synthesis
            return new DeployResult(reached, endpoint, Optional.empty(), true);
        }
    }

    private DeployResult run(PipelineRun run, DeployMode mode, String endpoint) {
        Blueprint blueprint = run.blueprint();
        Optional<Stack> existing = rollout.describe(StackRollout.stackNameFor(blueprint));
        boolean certified = mode.certified(blueprint);
        if (existing.isEmpty() && certified) {
            mode.checkCertificateQuota(blueprint);
        }
        if (existing.isEmpty()) {
            RetainedSecrets.check(aws.secretsManager(), blueprint);
        }
        boolean attached = existing.map(mode::attached).orElse(false);
        StackContext context = mode.context(run, existing, attached);
        SynthesizedStack stack = run.synth(context);
        Optional<DeployState> previous = run.previous();
        run.start(new DeployState(stack.stackName(), DeployPhase.SYNTHESIZED, clock.instant(),
                previous.flatMap(DeployState::lastVerifyExit), previous.map(DeployState::delivered).orElse(false),
                previous.map(DeployState::readerKeySerial).orElse(DeployState.FIRST_READER_KEY_SERIAL),
                previous.flatMap(DeployState::serviceUrl)), context);

        mode.beforeApply(run, stack);
        run.apply(stack, context);
        // Recorded once CloudFormation has the context: a declined or failed change leaves the old serial.
        run.save(DeployPhase.STACK_CREATED, s -> s.withReaderKeySerial(context.readerKeySerial()));
        mode.afterStackApplied(run);

        if (certified && !attached) {
            CertificateStep certificate = mode.certificate(run.live());
            if (!certificates.await(blueprint.domain().name(), certificate.name(), certificate.status(),
                    run.config().certificateWait())) {
                run.save(DeployPhase.CERTIFICATE_PENDING);
                console.line("The certificate is not validated yet. Once the CNAME records resolve, run the same"
                        + " deploy command again: it resumes here.");
                return new DeployResult(DeployPhase.CERTIFICATE_PENDING, endpoint, Optional.empty(), false);
            }
            console.line(mode.attachMessage(blueprint));
            for (StackContext step : mode.attachSteps(run.context())) {
                run.rollOut(step);
            }
        }
        if (certified) {
            run.save(DeployPhase.CERTIFICATE_ATTACHED);
        }

        List<DeployedEndpoint> endpoints = mode.finish(run);
        if (!run.config().verify()) {
            console.line("Deployed " + (endpoints.isEmpty() ? run.state().stackName() : endpoints.stream()
                    .map(DeployedEndpoint::url).collect(Collectors.joining(" and ")))
                    + " (verify skipped: --no-verify).");
            return new DeployResult(run.state().phase(), endpoint, Optional.empty(), false);
        }
        int exit = mode.verify(run, endpoints, verifier, console);
        run.record(s -> s.verified(exit, clock.instant()));
        return new DeployResult(DeployPhase.VERIFIED, endpoint, Optional.of(exit), false);
    }
}
