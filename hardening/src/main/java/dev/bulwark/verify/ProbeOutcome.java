package dev.bulwark.verify;

import dev.bulwark.findings.Finding;
import java.util.List;

/** What a probe ended with. */
public sealed interface ProbeOutcome {

    /**
     * The probe looked. {@code rulesChecked} lists every rule id it evaluated (passed or not), so JUnit can show a
     * test case per check and target; {@code findings} are the ones that did not pass.
     */
    record Checked(List<String> rulesChecked, List<Finding> findings) implements ProbeOutcome {
        public Checked {
            rulesChecked = List.copyOf(rulesChecked);
            findings = List.copyOf(findings);
        }
    }

    /** The probe could not look: unreachable, refused, timed out. {@code reason} is one sentence for the user. */
    record Unreachable(String reason) implements ProbeOutcome {
    }
}
