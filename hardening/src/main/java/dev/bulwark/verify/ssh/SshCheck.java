package dev.bulwark.verify.ssh;

import dev.bulwark.findings.RuleInfo;
import java.util.List;
import java.util.Optional;

/** One rule about what an SSH server shows to anyone: a pure function of the observation, registered with its rule. */
public interface SshCheck {
    RuleInfo rule();

    /** The evidence when the server does not comply; empty when it does. */
    Optional<String> evaluate(SshObservation observation);

    /** Every check, in the order findings are listed. */
    static List<SshCheck> all(SshAlgorithmPolicy policy) {
        return List.of(new NoAuthenticationCheck(), new PasswordAuthCheck(), new BrokenAlgorithmsCheck(policy),
                new WeakAlgorithmsCheck(policy), new WeakHostKeyCheck(policy), new TerrapinCheck(),
                new VersionDisclosedCheck());
    }
}
