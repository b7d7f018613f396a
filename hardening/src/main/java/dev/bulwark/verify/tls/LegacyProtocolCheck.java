package dev.bulwark.verify.tls;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import dev.bulwark.verify.VerifyTarget;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** SSL 3.0, TLS 1.0 and TLS 1.1 are deprecated (RFC 7568, RFC 8996); each must be refused on its own handshake. */
public final class LegacyProtocolCheck extends AbstractCheck<TlsObservation> implements TlsCheck {
    public static final RuleInfo RULE = new RuleInfo("TLS_LEGACY_PROTOCOL", Severity.HIGH,
            "Endpoint accepts a deprecated TLS/SSL version",
            "The endpoint completed a ServerHello for SSL 3.0, TLS 1.0 or TLS 1.1 when offered only that version. "
                    + "These versions have known attacks (POODLE, BEAST) and are deprecated.",
            "Allow only TLS 1.2 and TLS 1.3 on the load balancer or proxy (Lightsail: use the TLS policy "
                    + "TLS-2019-07 or newer; nginx: ssl_protocols TLSv1.2 TLSv1.3).",
            List.of("https://www.rfc-editor.org/rfc/rfc8996", "https://www.rfc-editor.org/rfc/rfc7568",
                    "https://wiki.mozilla.org/Security/Server_Side_TLS"));

    public LegacyProtocolCheck() {
        super(RULE);
    }

    /**
     * Judged once every legacy version got an answer, or one was accepted. A version that got no answer in time
     * (the run's deadline, or a server that silently drops old hellos) leaves the rule unchecked, not passed.
     */
    @Override
    public boolean canEvaluate(TlsObservation observation) {
        List<ProtocolSupport> answers = Arrays.stream(ProtocolVersion.values())
                .filter(ProtocolVersion::legacy)
                .map(observation::support)
                .collect(Collectors.toList());
        return answers.contains(ProtocolSupport.ACCEPTED) || !answers.contains(ProtocolSupport.NO_ANSWER);
    }

    @Override
    public List<Finding> evaluate(TlsObservation observation, VerifyTarget target) {
        String accepted = Arrays.stream(ProtocolVersion.values())
                .filter(ProtocolVersion::legacy)
                .filter(version -> observation.support(version) == ProtocolSupport.ACCEPTED)
                .map(ProtocolVersion::label)
                .collect(Collectors.joining(", "));
        if (accepted.isEmpty()) {
            return List.of();
        }
        return List.of(Finding.of(RULE, target.name(), observation.endpoint() + " accepts " + accepted));
    }
}
