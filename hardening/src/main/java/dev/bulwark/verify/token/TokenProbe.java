package dev.bulwark.verify.token;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.secret.Secret;
import dev.bulwark.verify.Check;
import dev.bulwark.verify.Judgement;
import dev.bulwark.verify.Probe;
import dev.bulwark.verify.ProbeContext;
import dev.bulwark.verify.ProbeOutcome;
import dev.bulwark.verify.VerifyTarget;
import dev.bulwark.verify.net.HttpClients;
import dev.bulwark.verify.net.Reach;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Proves what the gateway does with the tokens the operator holds: the current one must be accepted, a rotated-away
 * one refused. One authenticated request per token (see {@link TokenRequest}), and at most one per run: gateways
 * rate-limit and lock out failed authentication, so a second target or a retry is refused rather than sent. The
 * tokens are {@link Secret}s; evidence names only which token was sent.
 */
public final class TokenProbe implements Probe {
    public static final String ID = "token";
    private static final List<Check<TokenObservation>> CHECKS = List.of(new StaleTokenAcceptedCheck(),
            new CurrentTokenRefusedCheck());

    private final Optional<Secret> current;
    private final Optional<Secret> stale;
    private final AtomicBoolean used = new AtomicBoolean();

    private TokenProbe(Optional<Secret> current, Optional<Secret> stale) {
        this.current = current;
        this.stale = stale;
    }

    /** The probe without tokens: it applies to no target, and lists its rules for the catalog. */
    public static TokenProbe none() {
        return new TokenProbe(Optional.empty(), Optional.empty());
    }

    /** A probe for one run against one gateway, with the tokens to prove. */
    public static TokenProbe of(Optional<Secret> current, Optional<Secret> stale) {
        return new TokenProbe(current, stale);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<RuleInfo> rules() {
        return CHECKS.stream().map(Check::rule).toList();
    }

    @Override
    public boolean appliesTo(VerifyTarget target) {
        return current.isPresent() || stale.isPresent();
    }

    @Override
    public ProbeOutcome run(VerifyTarget target, ProbeContext context) throws InterruptedException {
        if (!used.compareAndSet(false, true)) {
            return new ProbeOutcome.Unreachable("the tokens were already tried once in this run (against another"
                    + " target); bulwark sends each token at most once per run so the gateway does not lock it out");
        }
        Reach reach = context.reach(target.url());
        if (reach instanceof Reach.Failed failed) {
            return new ProbeOutcome.Unreachable(failed.failure());
        }
        HttpClient client = HttpClients.create(((Reach.Reached) reach).sslContext(), context.deadline(),
                context.perCallTimeout());
        Optional<TokenAnswer> currentAnswer = send(client, target, TokenRole.CURRENT, current, context);
        Optional<TokenAnswer> staleAnswer = send(client, target, TokenRole.STALE, stale, context);
        TokenObservation observation = new TokenObservation(currentAnswer, staleAnswer);
        Optional<TokenAnswer> unclear = java.util.stream.Stream.of(currentAnswer, staleAnswer).flatMap(Optional::stream)
                .filter(a -> !a.conclusive()).findFirst();
        if (unclear.isPresent()) {
            return new ProbeOutcome.Unreachable("the token check was not conclusive: " + unclear.get().describe()
                    + " (expected 400 with a valid token, 401 or 403 without); nothing was proven");
        }
        return Judgement.of(CHECKS, observation, target, target.name()).outcome();
    }

    private static Optional<TokenAnswer> send(HttpClient client, VerifyTarget target, TokenRole role,
                                              Optional<Secret> token, ProbeContext context)
            throws InterruptedException {
        if (token.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(TokenRequest.send(client, target.url(), role, token.get(), context));
    }
}
