package dev.bulwark.verify.tls;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;

/** An endpoint that speaks neither TLS 1.2 nor TLS 1.3 cannot be reached securely by any current client. */
public final class ModernProtocolCheck extends AbstractCheck<TlsObservation> implements TlsCheck {
    public static final RuleInfo RULE = new RuleInfo("TLS_HANDSHAKE_FAILED", Severity.HIGH,
            "No TLS 1.2 or TLS 1.3 handshake",
            "The endpoint accepted a TCP connection but did not complete a TLS 1.2 or TLS 1.3 handshake "
                    + "(no common cipher, a plain-text service on the TLS port, or a broken certificate setup).",
            "Serve TLS 1.2 and TLS 1.3 with a certificate for the domain on this port; check that the load "
                    + "balancer's certificate is attached and validated.",
            List.of("https://wiki.mozilla.org/Security/Server_Side_TLS"));

    public ModernProtocolCheck() {
        super(RULE);
    }

    @Override
    public List<Finding> evaluate(TlsObservation observation, VerifyTarget target) {
        if (observation.support(ProtocolVersion.TLS_1_2) == ProtocolSupport.ACCEPTED
                || observation.support(ProtocolVersion.TLS_1_3) == ProtocolSupport.ACCEPTED) {
            return List.of();
        }
        return List.of(Finding.of(RULE, target.name(), observation.endpoint() + ": "
                + observation.modernFailure().orElse("neither TLS 1.2 nor TLS 1.3 was negotiated")));
    }
}
