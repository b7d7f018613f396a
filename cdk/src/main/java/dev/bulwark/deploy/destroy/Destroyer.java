package dev.bulwark.deploy.destroy;

import dev.bulwark.deploy.StackRollout;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.Mode;
import dev.bulwark.blueprint.Secrets;
import dev.bulwark.cdk.instance.DeploySteps;
import dev.bulwark.cdk.instance.InstanceStack;
import dev.bulwark.cdk.instance.InstanceStackOutputs;
import dev.bulwark.deploy.Console;
import dev.bulwark.deploy.DeployException;
import dev.bulwark.deploy.Sleeper;
import dev.bulwark.deploy.aws.AwsClients;
import dev.bulwark.deploy.aws.AwsErrors;
import dev.bulwark.deploy.aws.Polling;
import dev.bulwark.deploy.snapshot.InstanceSnapshots;
import dev.bulwark.deploy.changeset.ChangeSets;
import dev.bulwark.deploy.progress.StackOutcome;
import dev.bulwark.deploy.progress.StackProgress;
import dev.bulwark.deploy.state.DeployStateFile;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.lightsail.model.NotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code bulwark destroy}: confirms by name, snapshots the instance (container mode: nothing to snapshot), deletes
 * the stack, schedules the provider key
 * secrets (which the stack retains) for deletion with a recovery window, removes the key pair deploy made, and
 * says what is left and what it costs to keep.
 */
public final class Destroyer {
    private final AwsClients aws;
    private final Console console;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration pollInterval;
    private final Polling polling;

    public Destroyer(AwsClients aws, Console console, Clock clock, Sleeper sleeper, Duration pollInterval) {
        this(aws, console, clock, sleeper, pollInterval, Polling.every(pollInterval));
    }

    /** @param polling how the snapshot is waited for (the SDK's waiter; tests inject one that does not pause) */
    public Destroyer(AwsClients aws, Console console, Clock clock, Sleeper sleeper, Duration pollInterval,
                     Polling polling) {
        this.polling = polling;
        this.aws = aws;
        this.console = console;
        this.clock = clock;
        this.sleeper = sleeper;
        this.pollInterval = pollInterval;
    }

    /** @return what remains, one line each; empty when the user did not confirm (nothing was changed) */
    public Optional<List<String>> destroy(Blueprint blueprint, DestroyConfig config) {
        if (config.recoveryWindowDays() < 7 || config.recoveryWindowDays() > 30) {
            throw DeployException.usage("--recovery-window-days must be 7 to 30 (Secrets Manager's range), not "
                    + config.recoveryWindowDays());
        }
        String stackName = InstanceStack.stackIdFor(blueprint);
        Optional<Stack> stack = new ChangeSets(aws.cloudFormation(), WaiterOverrideConfiguration.builder().build(),
                clock).describe(stackName);
        if (!confirmed(blueprint, config, stack.isPresent())) {
            console.line("Nothing destroyed.");
            return Optional.empty();
        }
        boolean container = blueprint.mode() == Mode.CONTAINER;
        if (container) {
            // Whatever --no-snapshot says: there is nothing to snapshot.
            console.line("Container services have no snapshots; nothing is kept.");
        }
        List<String> remains = new ArrayList<>();
        if (stack.isPresent()) {
            Optional<String> instance = StackRollout.output(stack.get(), InstanceStackOutputs.INSTANCE_NAME);
            if (!container && config.snapshot() && instance.isPresent()) {
                remains.add(snapshot(instance.get(), config.timeout()));
            }
            deleteStack(stack.get(), config.timeout());
        } else {
            console.line("Stack " + stackName + " does not exist; cleaning up what deploy made outside it.");
        }
        remains.addAll(config.forceDeleteSecrets() ? forceDeleteSecrets(blueprint.secrets().providerKeys())
                : scheduleSecretDeletion(blueprint.secrets().providerKeys(), config.recoveryWindowDays()));
        if (!container) {
            deleteKeyPair(DeploySteps.keyPairName(blueprint));
        }
        DeployStateFile.forBlueprint(config.stateRoot(), blueprint.name()).delete();
        remains.add("DNS records for " + blueprint.domain().name() + " (the certificate's validation CNAMEs and the"
                + " name pointing at the " + (container ? "container service" : "load balancer") + "): remove them"
                + " at your DNS provider or in the zone deploy wrote them to");
        console.line("Destroyed " + stackName + ". What remains:");
        remains.forEach(r -> console.line("  " + r));
        return Optional.of(List.copyOf(remains));
    }

    private boolean confirmed(Blueprint blueprint, DestroyConfig config, boolean exists) {
        if (config.autoApprove()) {
            return true;
        }
        if (!console.interactive()) {
            throw DeployException.usage("not on a terminal, so nobody can confirm: pass --yes to destroy "
                    + blueprint.name() + " without asking");
        }
        console.line("This deletes stack " + InstanceStack.stackIdFor(blueprint) + (exists ? "" : " (not found)")
                + (blueprint.mode() == Mode.CONTAINER ? ", its container service, certificate and reader key."
                : ", its instance, load balancer and certificate."));
        String answer = console.ask("Type the blueprint name (" + blueprint.name() + ") to confirm: ").orElse("");
        return blueprint.name().equals(answer.strip());
    }

    private String snapshot(String instanceName, Duration timeout) {
        return new InstanceSnapshots(aws.lightsail(), console, polling).take(instanceName,
                instanceName + "-final-" + clock.instant().getEpochSecond(), "before deleting it",
                "run destroy again later, or pass --no-snapshot to delete without one", timeout);
    }

    private void deleteStack(Stack stack, Duration timeout) {
        StackProgress progress = new StackProgress(aws.cloudFormation(), console, clock, sleeper, pollInterval);
        Optional<String> before = progress.newestEventId(stack.stackName());
        try {
            aws.cloudFormation().deleteStack(b -> b.stackName(stack.stackName()));
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "deleting stack " + stack.stackName());
        }
        // Followed by id: a deleted stack is no longer found by its name.
        StackOutcome outcome = progress.follow(stack.stackId(), before, timeout);
        if (!outcome.succeeded()) {
            throw DeployException.environment(outcome.failureMessage(stack.stackName()) + "; fix the resource named"
                    + " above and run destroy again");
        }
    }

    private List<String> scheduleSecretDeletion(List<Secrets.ProviderKey> keys, int days) {
        List<String> scheduled = new ArrayList<>();
        LocalDate until = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(days);
        for (Secrets.ProviderKey key : keys) {
            try {
                aws.secretsManager().deleteSecret(b -> b.secretId(key.secretName()).recoveryWindowInDays((long) days));
                scheduled.add("secret " + key.secretName() + ": scheduled for deletion, recoverable until " + until
                        + " (aws secretsmanager restore-secret --secret-id " + key.secretName() + ")");
            } catch (ResourceNotFoundException e) {
                // Already gone: nothing remains.
            } catch (SdkException e) {
                throw AwsErrors.translate(e, "scheduling secret " + key.secretName() + " for deletion");
            }
        }
        return scheduled;
    }

    /** Deleted at once, also when an earlier destroy only scheduled them: nothing remains to block a new deploy. */
    private List<String> forceDeleteSecrets(List<Secrets.ProviderKey> keys) {
        for (Secrets.ProviderKey key : keys) {
            try {
                aws.secretsManager().deleteSecret(b -> b.secretId(key.secretName()).forceDeleteWithoutRecovery(true));
                console.line("Deleted secret " + key.secretName() + " without a recovery window.");
            } catch (ResourceNotFoundException e) {
                // Already gone: nothing remains.
            } catch (SdkException e) {
                throw AwsErrors.translate(e, "deleting secret " + key.secretName());
            }
        }
        return List.of();
    }

    private void deleteKeyPair(String name) {
        try {
            aws.lightsail().deleteKeyPair(b -> b.keyPairName(name));
        } catch (NotFoundException e) {
            // Never made, or already deleted.
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "deleting key pair " + name);
        }
    }
}
