package dev.bulwark.verify.token;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;

/** A token that was rotated away must be refused: otherwise the rotation protected nothing. */
final class StaleTokenAcceptedCheck extends AbstractCheck<TokenObservation> {
    static final RuleInfo RULE = new RuleInfo("GATEWAY_STALE_TOKEN_ACCEPTED", Severity.CRITICAL,
            "Gateway still accepts a rotated-away token",
            "An authenticated request with the token given by --stale-token-file got past the gateway's"
                    + " authentication. Whoever holds the old token (a leaked copy, a former operator) still"
                    + " controls the agent: the rotation did not take.",
            "Restart the gateway (or run `openclaw secrets reload`) so it reads the new token, check that no"
                    + " second gateway process or config still carries the old one, and upgrade: several releases"
                    + " kept rotated tokens or their WebSocket sessions alive. Roll back with"
                    + " `bulwark rotate BLUEPRINT --rollback` only if the new token is not accepted either.",
            List.of("https://github.com/advisories/GHSA-m8wm-r5vq-qjpg",
                    "https://github.com/advisories/GHSA-68x5-xx89-w9mm",
                    "https://github.com/advisories/GHSA-2pr2-hcv6-7gwv",
                    "docs/rotate.md"));

    StaleTokenAcceptedCheck() {
        super(RULE);
    }

    @Override
    public boolean canEvaluate(TokenObservation observation) {
        return observation.stale().isPresent();
    }

    @Override
    public List<Finding> evaluate(TokenObservation observation, VerifyTarget target) {
        return observation.stale().filter(TokenAnswer::accepted)
                .map(a -> List.of(Finding.of(RULE, target.name(), a.describe()))).orElse(List.of());
    }
}
