package dev.bulwark.cdk.nag;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;

import java.util.Set;

/** The instance holds the agent's state; without the automatic snapshot add-on one bad day loses it. */
final class AutoSnapshotRule extends ResourceTypeRule {

    private static final Set<String> ACTIVE = Set.of("Enabled", "Enabling");

    static final RuleInfo INFO = LightsailRule.describe("AutoSnapshotOff", Severity.LOW,
            "Instance has no automatic snapshots",
            "Automatic daily snapshots are the only backup of the agent's state on a Lightsail instance.",
            "Add AddOns: [{AddOnType: AutoSnapshot, AutoSnapshotAddOnRequest: {SnapshotTimeOfDay: \"04:00\"}}].");

    AutoSnapshotRule() {
        super(INFO, LightsailTypes.INSTANCE);
    }

    @Override
    RuleVerdict checkApplicable(LightsailResource resource) {
        for (JsonNode addOn : resource.property("AddOns")) {
            if ("AutoSnapshot".equals(addOn.path("AddOnType").asText())) {
                JsonNode status = addOn.path("Status");
                boolean active = status.isMissingNode() || ACTIVE.contains(status.asText());
                return active ? RuleVerdict.compliant()
                        : RuleVerdict.nonCompliant("the AutoSnapshot add-on has Status " + status.asText());
            }
        }
        return RuleVerdict.nonCompliant("AddOns has no AutoSnapshot entry");
    }
}
