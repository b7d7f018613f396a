package dev.bulwark.verify.ssh;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import java.util.List;
import java.util.Optional;

/** An RSA host key must be at least the policy's size (3072 bits), or its signatures are weaker than the KEX. */
public record WeakHostKeyCheck(SshAlgorithmPolicy policy) implements SshCheck {
    public static final RuleInfo RULE = new RuleInfo("SSH_WEAK_HOST_KEY", Severity.MEDIUM,
            "SSH server's RSA host key is short",
            "The server's RSA host key has fewer bits than the hardened policy asks for, so the host's identity "
                    + "rests on a key below the 128-bit security level.",
            "Generate a new host key (ssh-keygen -t rsa -b 4096 -f /etc/ssh/ssh_host_rsa_key, or drop RSA and keep "
                    + "ssh-ed25519), reload sshd, and re-pin the key wherever it is pinned.",
            BrokenAlgorithmsCheck.ALGORITHM_REFERENCES);

    @Override
    public RuleInfo rule() {
        return RULE;
    }

    @Override
    public Optional<String> evidence(SshObservation o) {
        return o.auth().rsaHostKeyBits().isPresent() && o.auth().rsaHostKeyBits().getAsInt() < policy.minRsaBits()
                ? Optional.of("RSA host key of " + o.auth().rsaHostKeyBits().getAsInt() + " bits (at least "
                        + policy.minRsaBits() + " wanted)")
                : Optional.empty();
    }
}
