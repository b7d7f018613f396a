package dev.bulwark.verify.net;

import dev.bulwark.verify.Deadline;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * One run's view of how each target endpoint can be reached: resolves the name, connects, and for https does one
 * TLS handshake judged by the real trust manager. Every probe of the run asks here first, so a target that cannot
 * be reached fails once, with its real cause, and a certificate that fails validation is pinned (for this run and
 * this endpoint only) so the probes behind it keep looking. The first probe to ask does the I/O; the others wait
 * for its answer.
 */
public final class Reachability {
    private final Map<String, CompletableFuture<Reach>> byEndpoint = new ConcurrentHashMap<>();

    private Reachability() {
    }

    /** A fresh view for one run; nothing carries over between runs. */
    public static Reachability create() {
        return new Reachability();
    }

    /** How {@code url}'s endpoint can be reached in this run. */
    public Reach of(URI url, Deadline deadline, Duration perCall, Optional<Path> caFile) throws InterruptedException {
        Endpoint endpoint = Endpoint.of(url);
        boolean https = "https".equals(String.valueOf(url.getScheme()).toLowerCase(Locale.ROOT));
        String key = (https ? "https://" : "http://") + endpoint;
        CompletableFuture<Reach> mine = new CompletableFuture<>();
        CompletableFuture<Reach> earlier = byEndpoint.putIfAbsent(key, mine);
        if (earlier != null) {
            try {
                return earlier.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("reaching " + endpoint + " failed", e.getCause());
            }
        }
        try {
            mine.complete(reach(endpoint, https, deadline, perCall, caFile));
        } finally {
            mine.complete(failed(ConnectionFailure.Cause.DEADLINE, endpoint.toString(),
                    "was not reached before the probe was stopped"));
        }
        return mine.join();
    }

    private static Reach reach(Endpoint endpoint, boolean https, Deadline deadline, Duration perCall,
                               Optional<Path> caFile) {
        if (deadline.expired()) {
            return failed(ConnectionFailure.Cause.DEADLINE, endpoint.toString(),
                    "was not tried: the run's --timeout ran out first");
        }
        X509ExtendedTrustManager trust;
        try {
            trust = TrustStores.systemPlus(caFile);
        } catch (CaFileException e) {
            return failed(ConnectionFailure.Cause.CA_FILE, "--ca-file", "could not be used: " + e.getMessage());
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(endpoint.host());
        } catch (UnknownHostException e) {
            return failed(ConnectionFailure.Cause.DNS, endpoint.host(), "does not resolve (no DNS address for it)");
        }
        Duration budget = deadline.cap(perCall);
        Socket raw = new Socket();
        try (SocketWatchdog watchdog = SocketWatchdog.closeAfter(raw, budget); raw) {
            Optional<Reach> notConnected = connect(raw, new InetSocketAddress(address, endpoint.port()), endpoint,
                    budget, watchdog);
            if (notConnected.isPresent()) {
                return notConnected.get();
            }
            if (!https) {
                return new Reach.Reached(SslContexts.withTrustManager(trust), Optional.empty());
            }
            return handshake(raw, endpoint, trust, budget, watchdog);
        } catch (IOException e) {
            return failed(ConnectionFailure.Cause.NO_ANSWER, endpoint.toString(), "failed: " + e.getMessage());
        }
    }

    private static Optional<Reach> connect(Socket raw, InetSocketAddress address, Endpoint endpoint, Duration budget,
                                           SocketWatchdog watchdog) {
        try {
            raw.connect(address, millis(budget));
            raw.setSoTimeout(millis(budget));
            return Optional.empty();
        } catch (SocketTimeoutException e) {
            return Optional.of(connectTimeout(endpoint, budget));
        } catch (NoRouteToHostException e) {
            return Optional.of(failed(ConnectionFailure.Cause.NO_ROUTE, endpoint.toString(),
                    "cannot be reached from here (no route to host)"));
        } catch (IOException e) {
            if (watchdog.fired()) {
                return Optional.of(connectTimeout(endpoint, budget));
            }
            String why = e instanceof ConnectException ? "(nothing listens on port " + endpoint.port() + ")"
                    : "(" + e.getMessage() + ")";
            return Optional.of(failed(ConnectionFailure.Cause.REFUSED, endpoint.toString(),
                    "refused the TCP connection " + why));
        }
    }

    private static Reach handshake(Socket raw, Endpoint endpoint, X509ExtendedTrustManager trust, Duration budget,
                                   SocketWatchdog watchdog) {
        RecordingTrustManager recorder = new RecordingTrustManager(trust);
        try {
            // Not closed here: closing the TCP socket (the caller does) is enough, and cannot block.
            SslContexts.clientSocket(SslContexts.withTrustManager(recorder), raw, endpoint, false).startHandshake();
            return new Reach.Reached(SslContexts.withTrustManager(trust), Optional.empty());
        } catch (IOException e) {
            if (!recorder.chain().isEmpty() && recorder.refusal().isPresent()) {
                return pinned(recorder.chain().get(0), recorder.refusal().get());
            }
            return handshakeFailure(e, endpoint, budget, watchdog);
        }
    }

    private static Reach handshakeFailure(IOException e, Endpoint endpoint, Duration budget,
                                          SocketWatchdog watchdog) {
        String subject = endpoint.toString();
        if (e instanceof SocketTimeoutException || watchdog.fired()) {
            return failed(ConnectionFailure.Cause.NO_ANSWER, subject, "accepted the TCP connection but did not "
                    + "complete a TLS handshake within " + millis(budget) + " ms");
        }
        String message = String.valueOf(e.getMessage());
        if (e instanceof SSLHandshakeException && message.startsWith("Received fatal alert: ")) {
            return failed(ConnectionFailure.Cause.TLS_ALERT, subject, "refused the TLS handshake (alert "
                    + message.substring("Received fatal alert: ".length()) + ")");
        }
        if (e instanceof SSLException && (message.contains("plaintext connection")
                || message.contains("Unsupported or unrecognized SSL message"))) {
            return failed(ConnectionFailure.Cause.NOT_TLS, subject, "answered, but not with TLS");
        }
        if (e instanceof SSLException) {
            return failed(ConnectionFailure.Cause.TLS_ALERT, subject, "ended the TLS handshake: " + message);
        }
        return failed(ConnectionFailure.Cause.TLS_ALERT, subject, "closed the connection during the TLS handshake ("
                + message + ")");
    }

    private static Reach pinned(X509Certificate leaf, String refusal) {
        String which = leaf.getSubjectX500Principal().getName() + " (SHA-256 " + sha256(leaf) + ")";
        return new Reach.Reached(SslContexts.withTrustManager(new PinnedTrustManager(leaf)),
                Optional.of(which + " failed validation: " + refusal));
    }

    private static String sha256(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest, 0, 8) + "...";
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            return "unknown";
        }
    }

    private static Reach connectTimeout(Endpoint endpoint, Duration budget) {
        return failed(ConnectionFailure.Cause.CONNECT_TIMEOUT, endpoint.toString(), "did not answer the TCP "
                + "connect within " + millis(budget) + " ms");
    }

    private static Reach failed(ConnectionFailure.Cause cause, String subject, String detail) {
        return new Reach.Failed(new ConnectionFailure(cause, subject, detail));
    }

    private static int millis(Duration budget) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, budget.toMillis()));
    }
}
