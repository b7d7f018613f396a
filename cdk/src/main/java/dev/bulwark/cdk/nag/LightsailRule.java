package dev.bulwark.cdk.nag;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;

/**
 * One hardening rule: a pure function of one synthesized resource, with its id, severity and explanation
 * declared beside it. Implementations may throw; the pack reports a throwing rule as a finding.
 */
public interface LightsailRule {

    /** Every rule id starts with this pack name, so acknowledgements and reports can tell the packs apart. */
    String PACK_NAME = "Lightsail";

    RuleInfo info();

    RuleVerdict check(LightsailResource resource);

    /** The id without the pack prefix, as cdk-nag's {@code ruleSuffixOverride} wants it. */
    default String suffix() {
        return info().id().substring(PACK_NAME.length() + 1);
    }

    /** HIGH and CRITICAL rules fail {@code cdk synth}; the rest are reported as warnings. */
    default boolean blocksSynth() {
        return info().severity().isAtLeast(Severity.HIGH);
    }

    /** Builds the {@link RuleInfo} of a rule in this pack; keeps the id prefix in one place. */
    static RuleInfo describe(String suffix, Severity severity, String title, String explanation, String remediation) {
        return new RuleInfo(PACK_NAME + "-" + suffix, severity, title, explanation, remediation, java.util.List.of(
                "https://docs.aws.amazon.com/lightsail/latest/userguide/"));
    }
}
