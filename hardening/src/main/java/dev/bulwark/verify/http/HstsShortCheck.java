package dev.bulwark.verify.http;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.policy.HardeningPolicy;
import dev.bulwark.verify.Durations;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;
import java.util.OptionalLong;

/** A short HSTS max-age lapses between visits, and then the first request is strippable again. */
public final class HstsShortCheck implements HttpsAnswerCheck {
    /** The rule under the shipped policy. */
    public static final RuleInfo RULE = rule(HardeningPolicy.defaults().http().hstsMinMaxAgeSeconds());

    private final long minimumMaxAgeSeconds;
    private final RuleInfo rule;

    public HstsShortCheck() {
        this(HardeningPolicy.defaults().http());
    }

    /** The floor is the policy's {@code http.hstsMinMaxAgeSeconds}, the value the proxy sends. */
    public HstsShortCheck(HardeningPolicy.Http http) {
        this.minimumMaxAgeSeconds = http.hstsMinMaxAgeSeconds();
        this.rule = rule(minimumMaxAgeSeconds);
    }

    private static RuleInfo rule(long minimum) {
        return new RuleInfo("HTTP_HSTS_SHORT", Severity.LOW,
                "Strict-Transport-Security max-age is under " + minimum / 86_400 + " days",
                "The HSTS header is present but its max-age is below " + minimum
                        + " seconds (" + minimum / 86_400 + " days).",
                "Use max-age=31536000 (one year) or more.",
                List.of("https://www.rfc-editor.org/rfc/rfc6797#section-6.1.1", "https://hstspreload.org/"));
    }

    @Override
    public RuleInfo rule() {
        return rule;
    }

    @Override
    public List<Finding> evaluate(FetchResult.Answered response, HttpObservation observation, VerifyTarget target) {
        OptionalLong maxAge = response.header("strict-transport-security")
                .map(StrictTransportSecurity::maxAge).orElse(OptionalLong.empty());
        if (maxAge.isEmpty() || maxAge.getAsLong() >= minimumMaxAgeSeconds) {
            return List.of(); // missing or invalid is HstsMissingCheck's finding
        }
        return List.of(Finding.of(rule, target.name(), "Strict-Transport-Security max-age=" + maxAge.getAsLong()
                + " (" + Durations.days(maxAge.getAsLong() / 86_400) + ") on " + observation.httpsUrl()));
    }
}
