package dev.bulwark.cdk.nag;

import software.amazon.awscdk.Acknowledgment;
import software.amazon.awscdk.Validations;
import software.constructs.IConstruct;

/**
 * The one way a stack author accepts a rule finding: rule id plus an honest reason, on a construct (and so on
 * everything below it). Findings acknowledged here still appear in the synth result and the validation report,
 * with their reason, instead of vanishing.
 *
 * <p>The id is recorded as {@code <Pack>::<RuleId>} (e.g. {@code AwsSolutions::AwsSolutions-SMG4}). cdk-nag 3
 * drops findings acknowledged under the bare rule id before the CDK sees them; under the plugin namespace the
 * CDK itself suppresses them and lists them, reason included, under {@code suppressedViolations}.
 */
public final class Acknowledgements {

    private final IConstruct scope;

    private Acknowledgements(IConstruct scope) {
        this.scope = scope;
    }

    public static Acknowledgements of(IConstruct scope) {
        return new Acknowledgements(scope);
    }

    /**
     * Accepts findings of {@code ruleId} on this construct and its children.
     *
     * @param ruleId a pack rule id such as {@code AwsSolutions-SMG4} or {@code Lightsail-AutoSnapshotOff}, or one
     *               granular cdk-nag finding such as {@code AwsSolutions-IAM5[Action::s3:*]} (cdk-nag 3 has no
     *               way to accept every granular finding of a rule at once)
     * @param reason why the finding is acceptable here; must say something
     */
    public Acknowledgements acknowledge(String ruleId, String reason) {
        if (reason == null || reason.strip().length() < 10) {
            throw new IllegalArgumentException("acknowledging " + ruleId + " needs a reason of at least ten "
                    + "characters that explains why the finding is acceptable");
        }
        Validations.of(scope).acknowledge(Acknowledgment.builder()
                .id(namespaced(ruleId))
                .reason(reason.strip())
                .build());
        return this;
    }

    /** {@code AwsSolutions-SMG4} becomes {@code AwsSolutions::AwsSolutions-SMG4}: the pack is the plugin name. */
    static String namespaced(String ruleId) {
        int dash = ruleId == null ? -1 : ruleId.indexOf('-');
        String rule = dash <= 0 ? "" : ruleId.split("\\[", 2)[0]; // granular ids: AwsSolutions-IAM5[Action::s3:*]
        if (dash <= 0 || rule.contains("::")) {
            throw new IllegalArgumentException("not a rule id of the form <Pack>-<Rule>: " + ruleId);
        }
        return ruleId.substring(0, dash) + "::" + ruleId;
    }
}
