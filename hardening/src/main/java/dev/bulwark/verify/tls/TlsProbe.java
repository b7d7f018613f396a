package dev.bulwark.verify.tls;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.policy.HardeningPolicy;
import dev.bulwark.verify.Judgement;
import dev.bulwark.verify.Probe;
import dev.bulwark.verify.ProbeContext;
import dev.bulwark.verify.ProbeOutcome;
import dev.bulwark.verify.VerifyTarget;
import dev.bulwark.verify.net.CaFileException;
import dev.bulwark.verify.net.ConnectionFailure;
import dev.bulwark.verify.net.Endpoint;
import dev.bulwark.verify.net.Reach;
import dev.bulwark.verify.net.TrustStores;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The TLS face of the target URL: every protocol version offered on its own handshake (legacy ones with a
 * hand-written ClientHello, so no JVM-wide setting is loosened), then the certificate chain, name, validity, key
 * and signature judged by the {@link TlsCheck}s.
 */
public final class TlsProbe implements Probe {
    private static final List<ProtocolVersion> MODERN = List.of(ProtocolVersion.TLS_1_3, ProtocolVersion.TLS_1_2);
    private static final List<ProtocolVersion> LEGACY =
            List.of(ProtocolVersion.TLS_1_1, ProtocolVersion.TLS_1_0, ProtocolVersion.SSL_3_0);

    private static final Set<ConnectionFailure.Cause> BEFORE_TLS = EnumSet.of(ConnectionFailure.Cause.DNS,
            ConnectionFailure.Cause.REFUSED, ConnectionFailure.Cause.CONNECT_TIMEOUT, ConnectionFailure.Cause.NO_ROUTE,
            ConnectionFailure.Cause.CA_FILE, ConnectionFailure.Cause.DEADLINE);

    private final List<TlsCheck> checks;

    private TlsProbe(List<TlsCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    public static TlsProbe create() {
        return create(HardeningPolicy.defaults());
    }

    /** Key sizes and the expiry window from {@code policy}'s {@code tls} section. */
    public static TlsProbe create(HardeningPolicy policy) {
        return new TlsProbe(List.of(new ModernProtocolCheck(), new LegacyProtocolCheck(), new CertificateTrustCheck(),
                new CertificateHostnameCheck(), new CertificateExpiredCheck(),
                new CertificateExpiringCheck(policy.tls()), new WeakKeyCheck(policy.tls()), new WeakSignatureCheck()));
    }

    @Override
    public String id() {
        return "tls";
    }

    @Override
    public List<RuleInfo> rules() {
        return checks.stream().map(TlsCheck::rule).collect(Collectors.toList());
    }

    @Override
    public boolean appliesTo(VerifyTarget target) {
        return "https".equalsIgnoreCase(target.url().getScheme());
    }

    @Override
    public ProbeOutcome run(VerifyTarget target, ProbeContext context) throws InterruptedException {
        try {
            return judge(observe(target, context), target);
        } catch (EndpointUnreachable e) {
            return e.failure.map(ProbeOutcome.Unreachable::new)
                    .orElseGet(() -> new ProbeOutcome.Unreachable(e.getMessage()));
        }
    }

    /** All the I/O: what the endpoint does with each version, and the chain it sends. */
    TlsObservation observe(VerifyTarget target, ProbeContext context)
            throws EndpointUnreachable, InterruptedException {
        if (context.deadline().expired()) {
            throw new EndpointUnreachable("The run's --timeout ran out before the TLS probe started.");
        }
        Endpoint endpoint = Endpoint.of(target.url());
        // A target that cannot be resolved or connected to is reported once, with its cause, for every probe;
        // what a TLS handshake does (alerts, garbage, legacy versions only) is this probe's to judge.
        Reach reach = context.reach(target.url());
        Optional<ConnectionFailure> reachFailure = reach instanceof Reach.Failed failed
                ? Optional.of(failed.failure()) : Optional.empty();
        if (reachFailure.isPresent() && BEFORE_TLS.contains(reachFailure.get().cause())) {
            throw new EndpointUnreachable(reachFailure.get());
        }
        X509ExtendedTrustManager trust;
        InetSocketAddress address;
        try {
            trust = TrustStores.systemPlus(context.caFile());
            address = new InetSocketAddress(InetAddress.getByName(endpoint.host()), endpoint.port());
        } catch (CaFileException e) {
            throw new EndpointUnreachable(e.getMessage());
        } catch (UnknownHostException e) {
            throw new EndpointUnreachable("Cannot resolve " + endpoint.host() + "; check the URL and DNS.");
        }

        Map<ProtocolVersion, ProtocolSupport> protocols = new EnumMap<>(ProtocolVersion.class);
        List<X509Certificate> chain = List.of();
        Optional<String> trustFailure = Optional.empty();
        List<String> failures = new ArrayList<>();
        for (ProtocolVersion version : MODERN) {
            ModernHandshake.Result result;
            try {
                result = ModernHandshake.attempt(address, endpoint.host(), version, trust, context.deadline(),
                        context.perCallTimeout());
            } catch (IOException e) {
                throw new EndpointUnreachable("Cannot connect to " + endpoint + " (" + e.getMessage()
                        + "); check that the URL is right and the load balancer is up.");
            }
            protocols.put(version, result.support());
            result.failure().ifPresent(failures::add);
            if (chain.isEmpty() && !result.chain().isEmpty()) {
                chain = result.chain();
                trustFailure = result.trustFailure();
            }
            checkInterrupt();
        }
        if (MODERN.stream().allMatch(v -> protocols.get(v) == ProtocolSupport.NO_ANSWER)) {
            if (reachFailure.isPresent() && reachFailure.get().cause() == ConnectionFailure.Cause.NO_ANSWER) {
                throw new EndpointUnreachable(reachFailure.get());
            }
            throw new EndpointUnreachable(endpoint + " accepted the connection but did not answer a TLS "
                    + "handshake in time" + (context.deadline().expired() ? " (the run's --timeout ran out)" : "")
                    + "; check that it serves HTTPS on this port.");
        }
        for (ProtocolVersion version : LEGACY) {
            protocols.put(version, LegacyProtocolProber.probe(address, endpoint.host(), version, context.deadline(),
                    context.perCallTimeout()));
            checkInterrupt();
        }

        return new TlsObservation(endpoint.toString(), protocols,
                failures.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", failures)),
                chain.stream().map(CertificateFacts::of).collect(Collectors.toList()), trustFailure,
                context.clock().instant());
    }

    /** Runs every check that has something to look at; a check that throws becomes a finding, never a crash. */
    ProbeOutcome.Checked judge(TlsObservation observation, VerifyTarget target) {
        return Judgement.of(checks, observation, target, target.name()).outcome();
    }

    /** The endpoint could not be looked at; the message is the one sentence the user sees. */
    static final class EndpointUnreachable extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Optional<ConnectionFailure> failure;

        EndpointUnreachable(String reason) {
            super(reason);
            this.failure = Optional.empty();
        }

        EndpointUnreachable(ConnectionFailure failure) {
            super(failure.describe());
            this.failure = Optional.of(failure);
        }
    }

    private static void checkInterrupt() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("TLS probe interrupted");
        }
    }
}
