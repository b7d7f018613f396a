package dev.bulwark.cdk.nag;

import java.util.List;

/**
 * What a rule concluded about one resource. Evidence says why a resource is non-compliant in terms a reader
 * can act on (which port, which CIDR, which pattern) and never repeats a secret it found.
 */
public record RuleVerdict(Compliance compliance, List<String> evidence) {

    /** Mirrors cdk-nag's {@code NagRuleCompliance}, so rules need no jsii type to be tested. */
    public enum Compliance { COMPLIANT, NON_COMPLIANT, NOT_APPLICABLE }

    private static final RuleVerdict COMPLIANT = new RuleVerdict(Compliance.COMPLIANT, List.of());
    private static final RuleVerdict NOT_APPLICABLE = new RuleVerdict(Compliance.NOT_APPLICABLE, List.of());

    public RuleVerdict {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public static RuleVerdict compliant() {
        return COMPLIANT;
    }

    public static RuleVerdict notApplicable() {
        return NOT_APPLICABLE;
    }

    public static RuleVerdict nonCompliant(List<String> evidence) {
        return new RuleVerdict(Compliance.NON_COMPLIANT, evidence);
    }

    public static RuleVerdict nonCompliant(String evidence) {
        return nonCompliant(List.of(evidence));
    }

    /** Non-compliant when there is any evidence, compliant otherwise. */
    public static RuleVerdict fromEvidence(List<String> evidence) {
        return evidence.isEmpty() ? compliant() : nonCompliant(evidence);
    }

    public boolean isNonCompliant() {
        return compliance == Compliance.NON_COMPLIANT;
    }
}
