package dev.bulwark.verify.gateway;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.release.ReleaseIdentification;
import dev.bulwark.verify.AbstractCheck;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;
import java.util.Optional;

/**
 * A Control UI page that no published release serves: a build newer than the fingerprint table, or one built from
 * source. Said plainly instead of guessed; the advisories cannot be judged for it.
 */
final class UnknownReleaseCheck extends AbstractCheck<GatewayObservation> implements GatewayCheck {
    static final RuleInfo RULE = new RuleInfo("GATEWAY_RELEASE_UNKNOWN", Severity.INFO,
            "Gateway serves a Control UI of an unknown release",
            "The Control UI page references assets that no published release in bulwark's release-fingerprint table"
                    + " serves, and the gateway shows no version: the advisories cannot be matched to it.",
            "Run a published release (pin agent.version), or pass a newer table with --fingerprints"
                    + " (tests/scripts/fingerprint-releases.sh writes one).",
            List.of());

    private final ReleaseRecognizer recognizer;

    UnknownReleaseCheck(ReleaseRecognizer recognizer) {
        super(RULE);
        this.recognizer = recognizer;
    }

    @Override
    public List<Finding> evaluate(GatewayObservation observation, VerifyTarget target) {
        if (observation.fingerprint().version().isPresent()) {
            return List.of();
        }
        Optional<ReleaseIdentification> release = recognizer.recognize(observation);
        if (release.isEmpty() || !release.get().isUnknown()) {
            return List.of();
        }
        return List.of(Finding.of(RULE, target.name(), "unknown release: the " + release.get().signal()
                + " match no published release in the fingerprint table (" + recognizer.tableDates() + ")"));
    }
}
