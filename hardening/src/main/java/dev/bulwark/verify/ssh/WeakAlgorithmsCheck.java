package dev.bulwark.verify.ssh;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Algorithms outside the hardened policy (NIST curves, CBC, non-ETM MACs, small tags) that are not broken outright. */
public record WeakAlgorithmsCheck(SshAlgorithmPolicy policy) implements SshCheck {
    public static final RuleInfo RULE = new RuleInfo("SSH_WEAK_ALGORITHMS", Severity.MEDIUM,
            "SSH server offers algorithms outside the hardened policy",
            "The server offers algorithms that the hardened policy (modelled on ssh-audit's hardened OpenSSH "
                    + "policies) leaves out: NIST-curve key exchange and host keys, CBC ciphers, MACs that are not "
                    + "encrypt-then-MAC or have short tags, 2048-bit Diffie-Hellman.",
            BrokenAlgorithmsCheck.ALGORITHM_FIX, BrokenAlgorithmsCheck.ALGORITHM_REFERENCES);

    @Override
    public RuleInfo rule() {
        return RULE;
    }

    @Override
    public Optional<String> evidence(SshObservation o) {
        List<SshAlgorithmPolicy.Rated> weak = policy.weak(o.hello().kexInit());
        return weak.isEmpty() ? Optional.empty() : Optional.of("offered: " + join(weak));
    }

    static String join(List<SshAlgorithmPolicy.Rated> rated) {
        return rated.stream().map(SshAlgorithmPolicy.Rated::toString).collect(Collectors.joining(", "));
    }
}
