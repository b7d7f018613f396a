package dev.bulwark.verify.tls;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What the TLS probe saw on one endpoint; the checks judge it without further I/O.
 *
 * @param endpoint       {@code host:port} as connected to, for evidence
 * @param protocols      the answer to each version offered on its own
 * @param modernFailure  why TLS 1.2/1.3 did not complete, when neither did (JSSE's message)
 * @param chain          certificates as sent by the server, leaf first; empty when no handshake got that far
 * @param trustFailure   why the chain did not validate against the system store plus {@code --ca-file};
 *                       empty when it validated (or when there is no chain)
 * @param observedAt     when the probe looked; expiry is judged against it
 */
public record TlsObservation(String endpoint, Map<ProtocolVersion, ProtocolSupport> protocols,
                             Optional<String> modernFailure, List<CertificateFacts> chain,
                             Optional<String> trustFailure, Instant observedAt) {
    public TlsObservation {
        protocols = Map.copyOf(protocols);
        chain = List.copyOf(chain);
    }

    public ProtocolSupport support(ProtocolVersion version) {
        return protocols.getOrDefault(version, ProtocolSupport.NO_ANSWER);
    }

    /**
     * The leaf and every intermediate the server sent: the certificates whose key and signature clients rely on.
     * A self-issued root sent along is left out; clients trust roots by their key, not their signature.
     */
    public List<CertificateFacts> signedChain() {
        return IntStream.range(0, chain.size())
                .filter(i -> i == 0 || !chain.get(i).selfIssued())
                .mapToObj(chain::get)
                .collect(Collectors.toList());
    }

    /** The server's own certificate, when one was seen. */
    public Optional<CertificateFacts> leaf() {
        return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(0));
    }
}
