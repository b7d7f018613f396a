package dev.bulwark.verify.ssh;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import java.util.List;
import java.util.Optional;

/** Algorithms with practical attacks or retired primitives (SHA-1, MD5, 3DES, RC4, 1024-bit DH) must not be offered. */
public record BrokenAlgorithmsCheck(SshAlgorithmPolicy policy) implements SshCheck {
    /** The fix for offered algorithms, broken or weak: the hardened lists. */
    static final String ALGORITHM_FIX = "Set KexAlgorithms, HostKeyAlgorithms, Ciphers and MACs in sshd_config to the "
            + "hardened lists in docs/ssh-audit.md, then reload sshd.";
    static final List<String> ALGORITHM_REFERENCES =
            List.of("docs/ssh-audit.md#algorithm-policy", "https://www.ssh-audit.com/hardening_guides.html");

    public static final RuleInfo RULE = new RuleInfo("SSH_BROKEN_ALGORITHMS", Severity.HIGH,
            "SSH server offers broken algorithms",
            "The server offers key exchange, host-key, cipher or MAC algorithms that rely on broken or retired "
                    + "primitives (SHA-1, MD5, DES/3DES, RC4, 1024-bit Diffie-Hellman). A client that prefers them, "
                    + "or an attacker who can steer negotiation, gets weak protection.",
            ALGORITHM_FIX, ALGORITHM_REFERENCES);

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
