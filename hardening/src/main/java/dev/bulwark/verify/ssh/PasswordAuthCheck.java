package dev.bulwark.verify.ssh;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import java.util.List;
import java.util.Optional;

/**
 * Password and keyboard-interactive let anyone on the internet guess; a hardened server offers public keys only.
 * ssh-audit cannot see this, which is why bulwark asks the server itself.
 */
public final class PasswordAuthCheck extends AbstractCheck<SshObservation> implements SshCheck {
    public static final RuleInfo RULE = new RuleInfo("SSH_PASSWORD_AUTH", Severity.HIGH,
            "SSH server offers password or keyboard-interactive authentication",
            "The server offers an authentication method where a person types a secret. Anyone who can reach the "
                    + "port can try passwords; public-key authentication cannot be guessed.",
            "Set 'PasswordAuthentication no' and 'KbdInteractiveAuthentication no' (and "
                    + "'AuthenticationMethods publickey') in sshd_config, then reload sshd.",
            List.of("https://man.openbsd.org/sshd_config#PasswordAuthentication", "docs/ssh-audit.md"));

    public PasswordAuthCheck() {
        super(RULE);
    }

    @Override
    public Optional<String> evidence(SshObservation o) {
        List<String> guessable = o.auth().guessable();
        return guessable.isEmpty() ? Optional.empty()
                : Optional.of("offered to a stranger: " + String.join(", ", guessable)
                        + " (all methods: " + String.join(",", o.auth().offered()) + ")");
    }
}
