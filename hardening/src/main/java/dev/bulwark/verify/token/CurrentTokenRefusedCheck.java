package dev.bulwark.verify.token;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;

/** The token the operator holds must be accepted: otherwise they are locked out or talk to another gateway. */
final class CurrentTokenRefusedCheck extends AbstractCheck<TokenObservation> {
    static final RuleInfo RULE = new RuleInfo("GATEWAY_CURRENT_TOKEN_REFUSED", Severity.HIGH,
            "Gateway refuses the current token",
            "An authenticated request with the token given by --token-file was refused (401/403). Either the"
                    + " gateway never received the new token (the operator is locked out and the old token may"
                    + " still work), or the URL leads to a different gateway than the one the token belongs to.",
            "Check that the URL is the gateway the token is for, then re-deliver the token (`bulwark rotate"
                    + " BLUEPRINT --gateway-token`) or roll back to the previous one (`bulwark rotate BLUEPRINT"
                    + " --rollback`).",
            List.of("docs/rotate.md"));

    CurrentTokenRefusedCheck() {
        super(RULE);
    }

    @Override
    public boolean canEvaluate(TokenObservation observation) {
        return observation.current().isPresent();
    }

    @Override
    public List<Finding> evaluate(TokenObservation observation, VerifyTarget target) {
        return observation.current().filter(TokenAnswer::refused)
                .map(a -> List.of(Finding.of(RULE, target.name(), a.describe()))).orElse(List.of());
    }
}
