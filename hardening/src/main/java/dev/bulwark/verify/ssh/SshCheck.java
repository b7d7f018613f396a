package dev.bulwark.verify.ssh;

import dev.bulwark.findings.Finding;
import dev.bulwark.verify.Check;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;
import java.util.Optional;

/** One rule about what an SSH server shows to anyone: a pure function of the observation, registered with its rule. */
public interface SshCheck extends Check<SshObservation> {
    /** The evidence when the server does not comply; empty when it does. */
    Optional<String> evidence(SshObservation observation);

    /** At most one finding, on the SSH endpoint (not the URL: {@code --ssh} may name another host). */
    @Override
    default List<Finding> evaluate(SshObservation observation, VerifyTarget target) {
        return evidence(observation).map(e -> List.of(Finding.of(rule(), observation.endpoint().toString(), e)))
                .orElse(List.of());
    }

    /** Every check, in the order findings are listed. */
    static List<SshCheck> all(SshAlgorithmPolicy policy) {
        return List.of(new NoAuthenticationCheck(), new PasswordAuthCheck(), new BrokenAlgorithmsCheck(policy),
                new WeakAlgorithmsCheck(policy), new WeakHostKeyCheck(policy), new TerrapinCheck(),
                new VersionDisclosedCheck());
    }
}
