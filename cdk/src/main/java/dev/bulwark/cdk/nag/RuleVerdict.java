package dev.bulwark.cdk.nag;

import java.util.List;

/**
 * What a rule concluded about one resource. Evidence says why a resource is non-compliant in terms a reader
 * can act on (which port, which CIDR, which pattern) and never repeats a secret it found.
 *
 * @param findingIds when not empty, the resource fails once per id and each can be acknowledged on its own as
 *                   {@code Rule[id]} (cdk-nag's granular findings); evidence then lines up with the ids
 */
public record RuleVerdict(Compliance compliance, List<String> evidence, List<String> findingIds) {

    /** Mirrors cdk-nag's {@code NagRuleCompliance}, so rules need no jsii type to be tested. */
    public enum Compliance { COMPLIANT, NON_COMPLIANT, NOT_APPLICABLE }

    private static final RuleVerdict COMPLIANT = new RuleVerdict(Compliance.COMPLIANT, List.of(), List.of());
    private static final RuleVerdict NOT_APPLICABLE = new RuleVerdict(Compliance.NOT_APPLICABLE, List.of(), List.of());

    public RuleVerdict {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        findingIds = findingIds == null ? List.of() : List.copyOf(findingIds);
        if (!findingIds.isEmpty() && findingIds.size() != evidence.size()) {
            throw new IllegalArgumentException("one evidence line per finding id is required");
        }
    }

    public static RuleVerdict compliant() {
        return COMPLIANT;
    }

    public static RuleVerdict notApplicable() {
        return NOT_APPLICABLE;
    }

    public static RuleVerdict nonCompliant(List<String> evidence) {
        return new RuleVerdict(Compliance.NON_COMPLIANT, evidence, List.of());
    }

    /** Non-compliant once per finding id, so each can be acknowledged separately; compliant when there is none. */
    public static RuleVerdict granular(List<String> findingIds, List<String> evidence) {
        return findingIds.isEmpty() ? compliant() : new RuleVerdict(Compliance.NON_COMPLIANT, evidence, findingIds);
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
