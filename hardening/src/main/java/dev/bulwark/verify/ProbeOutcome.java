package dev.bulwark.verify;

import dev.bulwark.findings.Finding;
import dev.bulwark.verify.net.ConnectionFailure;
import java.util.List;
import java.util.Optional;

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

    /**
     * The probe could not look: unreachable, refused, timed out. {@code reason} is one sentence for the user;
     * {@code failure}, when the cause is a connection failure, lets the report show it once per target with the fix
     * that fits it.
     */
    record Unreachable(String reason, Optional<ConnectionFailure> failure) implements ProbeOutcome {
        public Unreachable(String reason) {
            this(reason, Optional.empty());
        }

        public Unreachable(ConnectionFailure failure) {
            this(failure.describe(), Optional.of(failure));
        }
    }
}
