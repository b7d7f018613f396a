package dev.bulwark.audit;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import java.util.List;

/** How one host check ended: it looked (with its findings, none when compliant), or it could not look. */
public sealed interface CheckResult {
    record Checked(List<Finding> findings) implements CheckResult {
        public Checked {
            findings = List.copyOf(findings);
        }
    }

    /** Could not check (tool missing, command failed, output unreadable): never a pass. */
    record NotChecked(String reason) implements CheckResult {
    }

    static CheckResult pass() {
        return new Checked(List.of());
    }

    static CheckResult fail(RuleInfo rule, HostContext context, String evidence) {
        return new Checked(List.of(Finding.of(rule, context.target(), evidence)));
    }
}
