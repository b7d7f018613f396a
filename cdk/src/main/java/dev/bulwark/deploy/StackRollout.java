package dev.bulwark.deploy;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.cdk.synth.StackContext;
import dev.bulwark.deploy.aws.AwsClients;
import dev.bulwark.deploy.changeset.ChangeSetDiff;
import dev.bulwark.deploy.changeset.ChangeSets;
import dev.bulwark.deploy.changeset.PreparedChangeSet;
import dev.bulwark.deploy.changeset.StackChange;
import dev.bulwark.deploy.progress.StackOutcome;
import dev.bulwark.deploy.progress.StackProgress;
import dev.bulwark.findings.Finding;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Stack;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The steps instance and container deploys share: synthesis gated by the rule findings, and a change set shown as
 * a diff, confirmed (unless {@code --yes}) and followed event by event.
 */
public final class StackRollout {
    private final AwsClients aws;
    private final Console console;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration pollInterval;
    private final ChangeSets changeSets;

    public StackRollout(AwsClients aws, Console console, Clock clock, Sleeper sleeper,
                        WaiterOverrideConfiguration waiting, Duration pollInterval) {
        this.aws = aws;
        this.console = console;
        this.clock = clock;
        this.sleeper = sleeper;
        this.pollInterval = pollInterval;
        this.changeSets = new ChangeSets(aws.cloudFormation(), waiting, clock);
    }

    /** The stack name: {@code bulwark-<name>}, the same rule in both modes. */
    public static String stackNameFor(Blueprint blueprint) {
        return dev.bulwark.cdk.instance.InstanceStack.stackIdFor(blueprint);
    }

    public Optional<Stack> describe(String stackName) {
        return changeSets.describe(stackName);
    }

    /** Synthesizes with the given context; findings at or above {@code --fail-on} stop the deploy (exit 2). */
    public SynthesizedStack synth(StackSynthesis synthesis, Blueprint blueprint, StackContext context,
                                  String phase, DeployConfig config) {
        console.line("Synthesizing " + blueprint.name() + phase + " with the CDK and the rule packs...");
        return gate(blueprint, synthesis.synth(blueprint, context, config.outDir()), config);
    }

    public static SynthesizedStack gate(Blueprint blueprint, SynthesizedStack stack, DeployConfig config) {
        List<Finding> blocking = stack.findings().stream().filter(f -> f.severity().isAtLeast(config.failOn()))
                .toList();
        if (!blocking.isEmpty()) {
            throw DeployException.usage(blocking.size() + " rule finding(s) at or above " + config.failOn().label()
                    + " (" + blocking.stream().map(Finding::ruleId).distinct().collect(Collectors.joining(", "))
                    + "): run `bulwark plan " + blueprint.file() + "` to see and fix them; nothing was deployed");
        }
        return stack;
    }

    /**
     * Shows the change set and executes it when approved.
     *
     * @return the diff that was applied (empty diff: nothing to do); empty when the user declined
     */
    public Optional<ChangeSetDiff> apply(SynthesizedStack stack, DeployConfig config) {
        return apply(stack, config, diff -> { });
    }

    /**
     * As {@link #apply(SynthesizedStack, DeployConfig)}, with a step run once the change set is approved and before
     * it executes (e.g. a snapshot of an instance it replaces); if that step fails, the change set is discarded.
     */
    public Optional<ChangeSetDiff> apply(SynthesizedStack stack, DeployConfig config,
                                         Consumer<ChangeSetDiff> beforeExecute) {
        PreparedChangeSet changeSet = changeSets.prepare(stack.stackName(), stack.templateBody(), Map.of());
        console.line((changeSet.create() ? "Create" : "Update") + " stack " + stack.stackName() + ":");
        changeSet.diff().render().forEach(console::line);
        if (changeSet.diff().empty()) {
            changeSets.discard(changeSet);
            return Optional.of(changeSet.diff());
        }
        List<StackChange> notApplied = changeSet.diff().baselineChangesNotApplied();
        if (!notApplied.isEmpty()) {
            changeSets.discard(changeSet);
            throw DeployException.usage("the host baseline of " + notApplied.stream().map(StackChange::logicalId)
                    .collect(Collectors.joining(", ")) + " changed (its user data: agent version, host firewall,"
                    + " sshd, ...), but Lightsail applies user data only when it creates an instance, so this update"
                    + " would report success with the running host unchanged. Nothing was changed. To apply it,"
                    + " run deploy again with --replace-instance (the instance is snapshotted and replaced by one"
                    + " built from the new baseline), or revert the blueprint change (docs/deploy.md,"
                    + " \"Changing the host baseline\")");
        }
        if (!config.autoApprove()) {
            if (!console.interactive()) {
                changeSets.discard(changeSet);
                throw DeployException.usage("not on a terminal, so nobody can confirm these changes: pass --yes to"
                        + " deploy without asking (e.g. in CI, after reviewing `bulwark plan`)");
            }
            String answer = console.ask("Execute these changes? Type 'yes' to go on: ").orElse("");
            if (!"yes".equals(answer.strip().toLowerCase(Locale.ROOT))) {
                changeSets.discard(changeSet);
                console.line("Nothing changed.");
                return Optional.empty();
            }
        }
        try {
            beforeExecute.accept(changeSet.diff());
        } catch (RuntimeException e) {
            changeSets.discard(changeSet);
            throw e;
        }
        StackProgress progress = new StackProgress(aws.cloudFormation(), console, clock, sleeper, pollInterval);
        Optional<String> before = progress.newestEventId(stack.stackName());
        changeSets.execute(changeSet);
        StackOutcome outcome = progress.follow(stack.stackName(), before, config.stackTimeout());
        if (!outcome.succeeded()) {
            throw DeployException.environment(outcome.failureMessage(stack.stackName()));
        }
        console.line("Stack " + stack.stackName() + ": " + outcome.finalStatus());
        return Optional.of(changeSet.diff());
    }

    /** The stack as it is after an apply; it must exist. */
    public Stack live(String stackName) {
        return describe(stackName).orElseThrow(() -> DeployException.environment("stack " + stackName
                + " vanished during the deploy: run deploy again"));
    }

    public static Optional<String> output(Stack stack, String key) {
        return stack.outputs().stream().filter(o -> key.equals(o.outputKey())).map(Output::outputValue).findFirst();
    }

    public static String required(Stack stack, String key) {
        return output(stack, key).orElseThrow(() -> DeployException.environment("stack " + stack.stackName()
                + " has no output " + key + ": it was not made by this version of bulwark; run deploy again"));
    }
}
