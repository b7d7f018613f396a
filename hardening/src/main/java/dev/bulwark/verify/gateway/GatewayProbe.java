package dev.bulwark.verify.gateway;

import dev.bulwark.advisory.AdvisoryCatalog;
import dev.bulwark.findings.Finding;
import dev.bulwark.release.ReleaseTable;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.verify.Judgement;
import dev.bulwark.verify.Probe;
import dev.bulwark.verify.ProbeContext;
import dev.bulwark.verify.ProbeOutcome;
import dev.bulwark.verify.VerifyTarget;
import dev.bulwark.verify.net.ConnectionFailure;
import dev.bulwark.verify.net.Endpoint;
import dev.bulwark.verify.net.HttpClients;
import dev.bulwark.verify.net.Reach;
import dev.bulwark.verify.net.UntrustedCertificateNote;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Examines the agent gateway behind the target URL the way an attacker on the internet would: fingerprints brand and
 * release, tries WebSocket connects and HTTP APIs without credentials, with a foreign Origin and with spoofed
 * forwarding headers, then hands what it saw to the gateway rule pack. It never sends a credential, guessed or not.
 */
public final class GatewayProbe implements Probe {
    public static final String ID = "gateway";
    private final List<GatewayCheck> checks;

    private GatewayProbe(List<GatewayCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** The probe with the advisories and release fingerprints shipped with bulwark. */
    public static GatewayProbe create() {
        return create(AdvisoryCatalog.bundled(), ReleaseTable.bundled());
    }

    public static GatewayProbe create(AdvisoryCatalog catalog) {
        return create(catalog, ReleaseTable.bundled());
    }

    /** The probe with the given advisories and release-fingerprint table (shipped data merged with the user's). */
    public static GatewayProbe create(AdvisoryCatalog catalog, ReleaseTable releases) {
        return new GatewayProbe(GatewayChecks.all(catalog, releases));
    }

    /** A probe running exactly {@code checks} (tests). */
    static GatewayProbe of(List<GatewayCheck> checks) {
        return new GatewayProbe(checks);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<RuleInfo> rules() {
        List<RuleInfo> rules = new ArrayList<>(checks.stream().map(GatewayCheck::rule).toList());
        rules.add(UntrustedCertificateNote.RULE);
        return List.copyOf(rules);
    }

    @Override
    public ProbeOutcome run(VerifyTarget target, ProbeContext context) throws InterruptedException {
        Reach reach = context.reach(target.url());
        if (reach instanceof Reach.Failed failed) {
            return new ProbeOutcome.Unreachable(failed.failure());
        }
        Reach.Reached reached = (Reach.Reached) reach;
        GatewayObservation observation = observe(client(reached, context), target.url(), context);
        if (nothingAnswered(observation)) {
            boolean tls = "https".equalsIgnoreCase(target.url().getScheme());
            return new ProbeOutcome.Unreachable(new ConnectionFailure(ConnectionFailure.Cause.NO_ANSWER,
                    Endpoint.of(target.url()).toString(), "accepted the connection" + (tls ? " and the TLS handshake"
                            : "") + " but answered no HTTP request: "
                            + observation.exchanges().get(0).failure().orElse("no answer")));
        }
        ProbeOutcome.Checked checked = evaluate(observation, target);
        List<Finding> findings = new ArrayList<>(checked.findings());
        findings.addAll(UntrustedCertificateNote.of(reached, "the gateway", target.name()));
        return new ProbeOutcome.Checked(checked.rulesChecked(), findings);
    }

    /**
     * Only the looking: every request and connect and what came back, without judging it (for tests and for showing
     * a user the raw evidence).
     *
     * @throws IOException when the target cannot be reached at all (the message says why)
     */
    public GatewayObservation observe(VerifyTarget target, ProbeContext context)
            throws InterruptedException, IOException {
        Reach reach = context.reach(target.url());
        if (reach instanceof Reach.Failed failed) {
            throw new IOException(failed.failure().describe());
        }
        return observe(client((Reach.Reached) reach, context), target.url(), context);
    }

    private static HttpClient client(Reach.Reached reached, ProbeContext context) {
        return HttpClients.create(reached.sslContext(), context.deadline(), context.perCallTimeout());
    }

    /** Runs every check on an observation; a check that throws becomes a finding, never a crash. */
    public ProbeOutcome.Checked evaluate(GatewayObservation observation, VerifyTarget target) {
        return Judgement.of(checks, observation, target, target.name()).outcome();
    }

    static GatewayObservation observe(HttpClient client, URI url, ProbeContext context) throws InterruptedException {
        URI origin = URI.create(url.getScheme() + "://" + url.getRawAuthority() + "/");
        List<HttpExchange> exchanges = new HttpObserver(client, context).observe(origin, ProbePlan.requests(url));
        String wsScheme = url.getScheme().toLowerCase(Locale.ROOT).equals("https") ? "wss" : "ws";
        URI webSocket = URI.create(wsScheme + "://" + url.getRawAuthority() + ProbePlan.basePath(url) + "/");
        List<ConnectAttempt> connects = new ConnectObserver(client.sslContext(), context).observe(webSocket,
                ProbePlan.connects());
        return GatewayObservation.of(url, exchanges, connects);
    }

    private static boolean nothingAnswered(GatewayObservation observation) {
        return observation.exchanges().stream().noneMatch(HttpExchange::hasAnswer)
                && observation.connects().stream().allMatch(c -> c.verdict() == ConnectVerdict.NO_ANSWER);
    }
}
