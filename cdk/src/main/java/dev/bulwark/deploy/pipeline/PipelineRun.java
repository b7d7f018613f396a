package dev.bulwark.deploy.pipeline;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.cdk.synth.StackContext;
import dev.bulwark.deploy.DeployConfig;
import dev.bulwark.deploy.StackRollout;
import dev.bulwark.deploy.StackSynthesis;
import dev.bulwark.deploy.SynthesizedStack;
import dev.bulwark.deploy.changeset.ChangeSetDiff;
import dev.bulwark.deploy.state.DeployPhase;
import dev.bulwark.deploy.state.DeployState;
import dev.bulwark.deploy.state.DeployStateFile;
import software.amazon.awssdk.services.cloudformation.model.Stack;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One deploy in progress, as the pipeline and the mode's steps share it: the blueprint and options, the state
 * file and the state reached, the stack context last applied, every change set applied in this run and the live
 * stack.
 */
public final class PipelineRun {
    private final Blueprint blueprint;
    private final DeployConfig config;
    private final DeployStateFile stateFile;
    private final Optional<DeployState> previous;
    private final StackRollout rollout;
    private final StackSynthesis synthesis;
    private final Clock clock;
    private final List<ChangeSetDiff> applied = new ArrayList<>();
    private DeployState state;
    private StackContext context;
    private Stack live;
    private Consumer<ChangeSetDiff> beforeExecute = diff -> { };

    PipelineRun(Blueprint blueprint, DeployConfig config, DeployStateFile stateFile, Optional<DeployState> previous,
                StackRollout rollout, StackSynthesis synthesis, Clock clock) {
        this.blueprint = blueprint;
        this.config = config;
        this.stateFile = stateFile;
        this.previous = previous;
        this.rollout = rollout;
        this.synthesis = synthesis;
        this.clock = clock;
    }

    public Blueprint blueprint() {
        return blueprint;
    }

    public DeployConfig config() {
        return config;
    }

    /** What the last run recorded, read before this one wrote anything. */
    public Optional<DeployState> previous() {
        return previous;
    }

    public DeployState state() {
        return state;
    }

    public StackContext context() {
        return context;
    }

    public Stack live() {
        return live;
    }

    /** Every change set this run applied, in order. */
    public List<ChangeSetDiff> applied() {
        return List.copyOf(applied);
    }

    /** Records a phase reached, after changing the state (e.g. a new reader key serial). */
    public void save(DeployPhase phase, UnaryOperator<DeployState> change) {
        state = change.apply(state).at(phase, clock.instant());
        stateFile.write(state);
    }

    public void save(DeployPhase phase) {
        save(phase, UnaryOperator.identity());
    }

    /** Replaces the state without a new phase (e.g. credentials known lost with a replaced host). */
    public void record(UnaryOperator<DeployState> change) {
        state = change.apply(state);
        stateFile.write(state);
    }

    void start(DeployState first, StackContext firstContext) {
        state = first;
        context = firstContext;
        stateFile.write(state);
    }

    SynthesizedStack synth(StackContext next) {
        return rollout.synth(synthesis, blueprint, next, next.certificateAttached()
                ? modeLabel : "", config);
    }

    private String modeLabel = "";

    void label(String attachedLabel) {
        modeLabel = attachedLabel;
    }

    /**
     * Shows the change set of {@code stack} and executes it when approved, then reads the live stack.
     *
     * @throws Declined when the user answered no (nothing changed)
     */
    void apply(SynthesizedStack stack, StackContext applying) {
        ChangeSetDiff diff = rollout.apply(stack, config, beforeExecute).orElseThrow(Declined::new);
        beforeExecute = d -> { };
        applied.add(diff);
        context = applying;
        live = rollout.live(stack.stackName());
    }

    /** A step for the next change set only, once approved and before it executes (a mode's pre-execute step). */
    public void beforeNextExecute(Consumer<ChangeSetDiff> step) {
        beforeExecute = step;
    }

    /** A later synthesis of the same stack in {@code next}, applied (e.g. a rotated reader key). */
    public void rollOut(StackContext next) {
        apply(synth(next), next);
    }

    /** The user declined a change set (or a step a mode asked about): the deploy stops with nothing changed by it. */
    public static final class Declined extends RuntimeException {
        public Declined() {
            super("declined", null, false, false);
        }
    }
}
