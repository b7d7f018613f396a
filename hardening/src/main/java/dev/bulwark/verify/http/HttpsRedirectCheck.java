package dev.bulwark.verify.http;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.policy.HardeningPolicy;
import dev.bulwark.verify.AbstractCheck;
import dev.bulwark.verify.VerifyTarget;
import dev.bulwark.verify.net.Endpoint;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Plain HTTP must either not be served at all or answer with one redirect straight to HTTPS on the same host;
 * anything else serves content (or a detour) an attacker on the network can read and change.
 */
public final class HttpsRedirectCheck extends AbstractCheck<HttpObservation> implements HttpCheck {
    private final Set<Integer> redirects;

    public HttpsRedirectCheck() {
        this(HardeningPolicy.defaults().http());
    }

    /** A redirect is one of the policy's {@code http.httpsRedirectStatuses}. */
    public HttpsRedirectCheck(HardeningPolicy.Http http) {
        super(RULE);
        this.redirects = Set.copyOf(http.httpsRedirectStatuses());
    }

    public static final RuleInfo RULE = new RuleInfo("HTTP_NO_HTTPS_REDIRECT", Severity.MEDIUM,
            "Plain HTTP does not redirect to HTTPS",
            "http://<host>/ answers with something other than a redirect to https://<same host>/. A closed port 80 "
                    + "passes: nothing is served in plain text.",
            "Redirect every plain-HTTP request with 301 or 308 to https:// on the same host (Lightsail load "
                    + "balancer: enable HTTPS redirection), or close port 80.",
            List.of("https://cheatsheetseries.owasp.org/cheatsheets/Transport_Layer_Security_Cheat_Sheet.html",
                    "https://infosec.mozilla.org/guidelines/web_security#http-redirections"));

    @Override
    public boolean canEvaluate(HttpObservation observation) {
        return !(observation.plain() instanceof FetchResult.NoAnswer);
    }

    @Override
    public List<Finding> evaluate(HttpObservation observation, VerifyTarget target) {
        FetchResult plain = observation.plain();
        if (plain instanceof FetchResult.Refused || redirectsToHttps(plain, observation, redirects)) {
            return List.of();
        }
        return List.of(Finding.of(RULE, target.name(), "GET " + observation.plainUrl() + " gave " + plain.describe()));
    }

    private static boolean redirectsToHttps(FetchResult plain, HttpObservation observation, Set<Integer> redirects) {
        if (!(plain instanceof FetchResult.Answered)) {
            return false;
        }
        FetchResult.Answered response = (FetchResult.Answered) plain;
        if (!redirects.contains(response.status()) || response.header("location").isEmpty()) {
            return false;
        }
        URI location;
        try {
            location = observation.plainUrl().resolve(response.header("location").get().trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return "https".equals(String.valueOf(location.getScheme()).toLowerCase(Locale.ROOT))
                && location.getHost() != null
                && Endpoint.of(location).host().equals(Endpoint.of(observation.httpsUrl()).host());
    }
}
