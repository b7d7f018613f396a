package dev.bulwark.deploy.snapshot;

import dev.bulwark.deploy.Console;
import dev.bulwark.deploy.DeployException;
import dev.bulwark.deploy.aws.AwsErrors;
import dev.bulwark.deploy.aws.Polling;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.lightsail.model.InstanceSnapshot;
import software.amazon.awssdk.services.lightsail.model.InstanceSnapshotState;

import java.time.Duration;
import java.util.Optional;

/**
 * A snapshot of an instance taken before bulwark lets it go (destroy, or a replacement for a new baseline), waited
 * for until Lightsail says it is available: nothing is deleted on the strength of a snapshot still being made.
 */
public final class InstanceSnapshots {
    private final LightsailClient lightsail;
    private final Console console;
    private final Polling polling;

    public InstanceSnapshots(LightsailClient lightsail, Console console, Polling polling) {
        this.lightsail = lightsail;
        this.console = console;
        this.polling = polling;
    }

    /**
     * Snapshots {@code instanceName} as {@code snapshotName} and waits for it.
     *
     * @param why  said before waiting, e.g. "before deleting it"
     * @param retry the way out when it does not settle, e.g. "run destroy again later"
     * @return the line that tells what remains and what it costs
     * @throws DeployException (environment) when the snapshot fails or does not settle within {@code timeout}
     */
    public String take(String instanceName, String snapshotName, String why, String retry, Duration timeout) {
        try {
            lightsail.createInstanceSnapshot(b -> b.instanceName(instanceName).instanceSnapshotName(snapshotName));
            console.line("Snapshotting " + instanceName + " as " + snapshotName + " " + why + "...");
            Optional<InstanceSnapshot> settled = polling.until(InstanceSnapshot.class,
                    () -> lightsail.getInstanceSnapshot(b -> b.instanceSnapshotName(snapshotName)).instanceSnapshot(),
                    snapshot -> snapshot.state() == InstanceSnapshotState.AVAILABLE
                            || snapshot.state() == InstanceSnapshotState.ERROR, timeout);
            if (settled.isEmpty()) {
                throw DeployException.environment("snapshot " + snapshotName + " is not available after "
                        + timeout.toMinutes() + " min, so nothing was deleted yet: " + retry);
            }
            if (settled.get().state() == InstanceSnapshotState.ERROR) {
                throw DeployException.environment("snapshot " + snapshotName + " failed, so nothing was deleted: "
                        + retry);
            }
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "snapshotting instance " + instanceName);
        }
        return "instance snapshot " + snapshotName + " (billed per GB-month until you delete it in Lightsail)";
    }
}
