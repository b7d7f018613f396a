package dev.bulwark.verify.http;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.policy.HardeningPolicy;
import dev.bulwark.verify.Judgement;
import dev.bulwark.verify.Probe;
import dev.bulwark.verify.ProbeContext;
import dev.bulwark.verify.ProbeOutcome;
import dev.bulwark.verify.VerifyTarget;
import dev.bulwark.verify.net.Endpoint;
import dev.bulwark.verify.net.HttpClients;
import dev.bulwark.verify.net.Reach;
import dev.bulwark.verify.net.UntrustedCertificateNote;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a browser's first visit sees: the HTTPS response's Strict-Transport-Security header, and what plain HTTP on
 * the same host answers. One request each, redirects never followed, so redirect loops, tarpits, garbage and
 * oversized headers end as a finding or "unreachable" within the deadline.
 */
public final class HttpProbe implements Probe {
    private static final int HTTP_PORT = 80;

    private final int plainHttpPort;
    private final List<HttpCheck> checks;

    private HttpProbe(int plainHttpPort, HardeningPolicy.Http http) {
        this.plainHttpPort = plainHttpPort;
        this.checks = List.of(new HstsMissingCheck(), new HstsShortCheck(http), new HttpsRedirectCheck(http));
    }

    public static HttpProbe create() {
        return create(HardeningPolicy.defaults());
    }

    /** The HSTS floor and the accepted redirects from {@code policy}'s {@code http} section. */
    public static HttpProbe create(HardeningPolicy policy) {
        return new HttpProbe(HTTP_PORT, policy.http());
    }

    /** For a deployment (or a test server) whose plain-HTTP listener is not on port 80. */
    public static HttpProbe withPlainHttpPort(int port) {
        return new HttpProbe(port, HardeningPolicy.defaults().http());
    }

    @Override
    public String id() {
        return "http";
    }

    @Override
    public List<RuleInfo> rules() {
        List<RuleInfo> rules = checks.stream().map(HttpCheck::rule).collect(Collectors.toList());
        rules.add(UntrustedCertificateNote.RULE);
        return rules;
    }

    @Override
    public boolean appliesTo(VerifyTarget target) {
        return "https".equalsIgnoreCase(target.url().getScheme());
    }

    @Override
    public ProbeOutcome run(VerifyTarget target, ProbeContext context) throws InterruptedException {
        if (context.deadline().expired()) {
            return new ProbeOutcome.Unreachable("The run's --timeout ran out before the HTTP probe started.");
        }
        Reach reach = context.reach(target.url());
        if (reach instanceof Reach.Failed failed) {
            return new ProbeOutcome.Unreachable(failed.failure());
        }
        Reach.Reached reached = (Reach.Reached) reach;
        HttpFetcher fetcher = new HttpFetcher(HttpClients.create(reached.sslContext(), context.deadline(),
                context.perCallTimeout()), context.deadline(), context.perCallTimeout());
        URI httpsUrl = target.url();
        URI plainUrl = plainUrl(httpsUrl);
        HttpObservation observation = new HttpObservation(httpsUrl, fetcher.get(httpsUrl), plainUrl,
                fetcher.get(plainUrl));

        Judgement judgement = Judgement.of(checks, observation, target, target.name());
        if (!judgement.notJudged().isEmpty() && judgement.findings().isEmpty()) {
            // Nothing failed, but not everything was looked at: that is "could not check", never a pass. With
            // findings the run fails anyway, so they are reported and the unchecked rules are left out.
            return new ProbeOutcome.Unreachable("Could not check " + String.join(", ", judgement.notJudged())
                    + ": GET " + httpsUrl + " gave " + observation.https().describe() + "; GET " + plainUrl
                    + " gave " + observation.plain().describe() + ".");
        }
        List<Finding> findings = new ArrayList<>(judgement.findings());
        findings.addAll(UntrustedCertificateNote.of(reached, "HTTP (HSTS, redirect)", target.name()));
        return new ProbeOutcome.Checked(judgement.rulesChecked(), findings);
    }

    private URI plainUrl(URI httpsUrl) {
        Endpoint endpoint = Endpoint.of(httpsUrl);
        String host = endpoint.host().indexOf(':') >= 0 ? "[" + endpoint.host() + "]" : endpoint.host();
        try {
            return new URI("http", null, host, plainHttpPort == HTTP_PORT ? -1 : plainHttpPort, "/", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Cannot build a plain-HTTP URL for " + httpsUrl, e);
        }
    }
}
