package dev.bulwark.deploy.instance;

import dev.bulwark.baseline.BaselineFingerprint;
import dev.bulwark.baseline.HostBaseline;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.cdk.instance.InstanceGeneration;
import dev.bulwark.cdk.instance.InstanceStackOutputs;
import dev.bulwark.deploy.StackRollout;
import dev.bulwark.policy.HardeningPolicy;
import software.amazon.awssdk.services.cloudformation.model.Stack;

import java.util.List;
import java.util.Optional;

/**
 * The live instance's host baseline (from the stack's outputs) against the one the blueprint renders now. A host is
 * trusted only as built from its baseline at boot, so a changed baseline means a new instance, never an edit of
 * the running one.
 *
 * @param live       what the live instance was built from; empty for a stack made before bulwark recorded it
 * @param wanted     what the blueprint renders now
 * @param generation the live instance's {@link InstanceGeneration}
 */
public record BaselineCheck(Optional<BaselineFingerprint> live, BaselineFingerprint wanted, int generation) {
    public static BaselineCheck of(Stack existing, Blueprint blueprint, HardeningPolicy policy) {
        Optional<BaselineFingerprint> live = StackRollout.output(existing, InstanceStackOutputs.BASELINE_DIGEST)
                .flatMap(digest -> BaselineFingerprint.parse(digest, StackRollout.output(existing,
                        InstanceStackOutputs.BASELINE_FILES).orElse("")));
        int generation = StackRollout.output(existing, InstanceStackOutputs.INSTANCE_GENERATION)
                .map(BaselineCheck::parseGeneration).orElse(InstanceGeneration.FIRST);
        return new BaselineCheck(live, BaselineFingerprint.of(new HostBaseline(policy), blueprint), generation);
    }

    /** The live instance was built from another baseline than the blueprint's. */
    public boolean changed() {
        return live.filter(l -> !l.sameAs(wanted)).isPresent();
    }

    /** The stack does not say which baseline its instance has (made before bulwark recorded it). */
    public boolean unknown() {
        return live.isEmpty();
    }

    /** What changed, by file; "unknown" parts when the live baseline is not recorded. */
    public List<String> changes() {
        return live.map(wanted::changesSince).orElse(List.of("not recorded for the running instance"));
    }

    /** The one line plan and deploy say about it. */
    public String replacementLine() {
        return "instance will be REPLACED (baseline changed: " + String.join(", ", changes()) + "), snapshot kept,"
                + " static IP and load balancer attachment move";
    }

    private static int parseGeneration(String value) {
        try {
            return Math.max(InstanceGeneration.FIRST, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return InstanceGeneration.FIRST;
        }
    }
}
