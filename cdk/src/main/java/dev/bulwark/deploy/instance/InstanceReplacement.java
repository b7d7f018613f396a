package dev.bulwark.deploy.instance;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.cdk.instance.HardenedInstance;
import dev.bulwark.cdk.instance.InstanceGeneration;
import dev.bulwark.deploy.Console;
import dev.bulwark.deploy.DeployException;
import dev.bulwark.deploy.aws.AwsErrors;
import dev.bulwark.deploy.changeset.ChangeSetDiff;
import dev.bulwark.deploy.changeset.StackResourceType;
import dev.bulwark.deploy.snapshot.InstanceSnapshots;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.lightsail.model.StaticIp;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Deliberate replacement of the instance when its host baseline changed: asked for ({@code --replace-instance}, or
 * typed at a terminal), the old instance snapshotted before the change set runs, and afterwards the static IP
 * checked to be on the new one. CloudFormation does the rest: the new {@link InstanceGeneration} renames the
 * instance, whose name is create-only, so it creates the new one, moves the static IP ({@code AttachStaticIp}) and
 * the load balancer attachment (detach old, attach new) in their update handlers, and deletes the old instance in
 * its cleanup phase.
 */
public final class InstanceReplacement {
    /** How long the old instance's snapshot may take before deploy stops, with nothing changed. */
    static final Duration SNAPSHOT_TIMEOUT = Duration.ofMinutes(30);

    private final LightsailClient lightsail;
    private final Console console;
    private final InstanceSnapshots snapshots;
    private final Clock clock;

    public InstanceReplacement(LightsailClient lightsail, Console console, InstanceSnapshots snapshots, Clock clock) {
        this.lightsail = lightsail;
        this.console = console;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /**
     * Says the replacement and makes sure it is wanted.
     *
     * @return false when the operator declined at the terminal (nothing changed)
     * @throws DeployException (usage) without {@code --replace-instance} and no terminal to ask
     */
    public boolean confirm(BaselineCheck check, String instanceName, boolean replaceInstance) {
        console.line("Host baseline of " + instanceName + ": " + check.replacementLine() + ".");
        if (replaceInstance) {
            return true;
        }
        if (!console.interactive()) {
            throw DeployException.usage("the host baseline changed (" + String.join(", ", check.changes())
                    + "), and Lightsail applies a baseline only when it creates an instance: pass --replace-instance"
                    + " to replace " + instanceName + " (a snapshot is taken first; the static IP and the load balancer"
                    + " move to the new one), or revert the blueprint change. Nothing was changed");
        }
        String answer = console.ask("Replace " + instanceName + " with a new instance built from this baseline?"
                + " Type 'replace' to go on: ").orElse("");
        return "replace".equals(answer.strip().toLowerCase(Locale.ROOT));
    }

    /** Before the change set runs: the way back, a snapshot of the instance about to go. */
    public void beforeExecute(ChangeSetDiff diff, String oldInstance) {
        if (!diff.createsAnew(StackResourceType.LIGHTSAIL_INSTANCE)) {
            throw DeployException.environment("the change set does not replace instance " + oldInstance + " although"
                    + " its generation was raised: nothing was changed; report this");
        }
        snapshots.take(oldInstance, oldInstance + "-replaced-" + clock.instant().getEpochSecond(),
                "before replacing it", "run deploy again later", SNAPSHOT_TIMEOUT);
    }

    /**
     * After the change set: the static IP must be on the new instance. The StaticIp handler calls
     * {@code AttachStaticIp} with the new name; should the address still sit elsewhere, it is attached here.
     */
    public void afterReplaced(Blueprint blueprint, String newInstance) {
        String name = HardenedInstance.staticIpName(blueprint);
        try {
            StaticIp ip = lightsail.getStaticIp(b -> b.staticIpName(name)).staticIp();
            if (!newInstance.equals(ip.attachedTo())) {
                console.line("Static IP " + name + " is on " + ip.attachedTo() + ", not " + newInstance
                        + ": attaching it to the new instance...");
                lightsail.attachStaticIp(b -> b.staticIpName(name).instanceName(newInstance));
            }
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "checking static IP " + name);
        }
        console.line("Instance replaced: " + newInstance + " runs the new baseline; the snapshot of the old one is"
                + " kept.");
    }
}
