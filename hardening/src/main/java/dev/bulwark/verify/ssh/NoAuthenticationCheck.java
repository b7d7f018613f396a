package dev.bulwark.verify.ssh;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import java.util.List;
import java.util.Optional;

/** A server that accepts method {@code none} lets anyone in with no credential at all. */
public final class NoAuthenticationCheck extends AbstractCheck<SshObservation> implements SshCheck {
    public static final RuleInfo RULE = new RuleInfo("SSH_NO_AUTHENTICATION", Severity.CRITICAL,
            "SSH server lets anyone in without authentication",
            "The server accepted authentication method 'none' for an arbitrary user name: anyone who can reach the "
                    + "port gets a session.",
            "Remove PermitEmptyPasswords yes and any 'none' authentication from the SSH server; allow only "
                    + "AuthenticationMethods publickey.",
            List.of("https://www.rfc-editor.org/rfc/rfc4252#section-5.2", "docs/ssh-audit.md"));

    public NoAuthenticationCheck() {
        super(RULE);
    }

    @Override
    public Optional<String> evidence(SshObservation o) {
        return o.auth().noneAccepted()
                ? Optional.of("method 'none' succeeded for user '" + AuthMethodDiscovery.PROBE_USER + "'")
                : Optional.empty();
    }
}
