package dev.bulwark.verify.ssh;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import java.util.List;
import java.util.Optional;

/** Algorithms with practical attacks or retired primitives (SHA-1, MD5, 3DES, RC4, 1024-bit DH) must not be offered. */
public final class BrokenAlgorithmsCheck implements SshCheck {
    public static final RuleInfo RULE = new RuleInfo("SSH_BROKEN_ALGORITHMS", Severity.HIGH,
            "SSH server offers broken algorithms",
            "The server offers key exchange, host-key, cipher or MAC algorithms that rely on broken or retired "
                    + "primitives (SHA-1, MD5, DES/3DES, RC4, 1024-bit Diffie-Hellman). A client that prefers them, "
                    + "or an attacker who can steer negotiation, gets weak protection.",
            "Set KexAlgorithms, HostKeyAlgorithms, Ciphers and MACs in sshd_config to the hardened lists in "
                    + "docs/ssh-audit.md, then reload sshd.",
            List.of("docs/ssh-audit.md#algorithm-policy", "https://www.ssh-audit.com/hardening_guides.html"));

    private final SshAlgorithmPolicy policy;

    public BrokenAlgorithmsCheck(SshAlgorithmPolicy policy) {
        this.policy = policy;
    }

    @Override
    public RuleInfo rule() {
        return RULE;
    }

    @Override
    public Optional<String> evidence(SshObservation o) {
        List<SshAlgorithmPolicy.Rated> broken = policy.broken(o.hello().kexInit());
        return broken.isEmpty() ? Optional.empty() : Optional.of("offered: " + WeakAlgorithmsCheck.join(broken));
    }
}
