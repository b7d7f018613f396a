package dev.bulwark.findings;

import java.util.List;
import java.util.Objects;

/**
 * What a rule is, independent of any run: a stable id (SARIF and waivers use it), its severity,
 * a one-line title, what to do about it, and where to read more.
 */
public record RuleInfo(String id, Severity severity, String title, String description, String remediation,
                       List<String> references) {
    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        description = description == null ? title : description;
        remediation = remediation == null ? "" : remediation;
        references = references == null ? List.of() : List.copyOf(references);
    }
}
