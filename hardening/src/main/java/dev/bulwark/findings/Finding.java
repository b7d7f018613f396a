package dev.bulwark.findings;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One observed problem: which rule, on which target (a URL, host:port, or a resource path in a template),
 * and the evidence that shows it. Findings are values; renderers turn them into text, JSON, SARIF or JUnit.
 */
public record Finding(String ruleId, Severity severity, String target, String title, String evidence,
                      String remediation, List<String> references) {

    /** Most severe first, then by target and rule id, so reports are stable between runs. */
    public static final Comparator<Finding> REPORT_ORDER = Comparator
            .comparing(Finding::severity, Comparator.reverseOrder())
            .thenComparing(Finding::target)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::evidence);

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(target, "target");
        title = title == null ? ruleId : title;
        evidence = evidence == null ? "" : evidence;
        remediation = remediation == null ? "" : remediation;
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** Starts each detail line of an evidence made by {@link #evidenceWithDetails}. */
    public static final String DETAIL_PREFIX = "- ";

    /**
     * Evidence of one summary line and one line per detail (e.g. each advisory): JSON, SARIF and JUnit carry it
     * whole; text output shows the details only with {@code --verbose}.
     */
    public static String evidenceWithDetails(String summary, List<String> details) {
        StringBuilder sb = new StringBuilder(summary);
        details.forEach(d -> sb.append('\n').append(DETAIL_PREFIX).append(d.replaceAll("\\R", " ")));
        return sb.toString();
    }

    /** A finding for {@code rule} on {@code target}, carrying the rule's own title, remediation and references. */
    public static Finding of(RuleInfo rule, String target, String evidence) {
        return new Finding(rule.id(), rule.severity(), target, rule.title(), evidence, rule.remediation(),
                rule.references());
    }
}
