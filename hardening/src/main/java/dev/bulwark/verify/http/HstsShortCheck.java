package dev.bulwark.verify.http;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.Durations;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;
import java.util.OptionalLong;

/** A short HSTS max-age lapses between visits, and then the first request is strippable again. */
public final class HstsShortCheck implements HttpCheck {
    /** 180 days, the floor Mozilla Observatory and the HSTS preload list use. */
    public static final long MINIMUM_MAX_AGE_SECONDS = 15_552_000L;

    public static final RuleInfo RULE = new RuleInfo("HTTP_HSTS_SHORT", Severity.LOW,
            "Strict-Transport-Security max-age is under 180 days",
            "The HSTS header is present but its max-age is below " + MINIMUM_MAX_AGE_SECONDS
                    + " seconds (180 days).",
            "Use max-age=31536000 (one year) or more.",
            List.of("https://www.rfc-editor.org/rfc/rfc6797#section-6.1.1", "https://hstspreload.org/"));

    @Override
    public RuleInfo rule() {
        return RULE;
    }

    @Override
    public boolean canEvaluate(HttpObservation observation) {
        return observation.https() instanceof FetchResult.Answered;
    }

    @Override
    public List<Finding> evaluate(HttpObservation observation, VerifyTarget target) {
        FetchResult.Answered response = (FetchResult.Answered) observation.https();
        OptionalLong maxAge = response.header("strict-transport-security")
                .map(StrictTransportSecurity::maxAge).orElse(OptionalLong.empty());
        if (maxAge.isEmpty() || maxAge.getAsLong() >= MINIMUM_MAX_AGE_SECONDS) {
            return List.of(); // missing or invalid is HstsMissingCheck's finding
        }
        return List.of(Finding.of(RULE, target.name(), "Strict-Transport-Security max-age=" + maxAge.getAsLong()
                + " (" + Durations.days(maxAge.getAsLong() / 86_400) + ") on " + observation.httpsUrl()));
    }
}
