package dev.bulwark.verify.tls;

import dev.bulwark.verify.Expectations;
import dev.bulwark.verify.VerifyTarget;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds observations for the pure check tests: a healthy endpoint, changed one fact at a time. */
final class Observations {
    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    static final VerifyTarget TARGET = new VerifyTarget(URI.create("https://agent.example.com/"), Optional.empty(),
            Expectations.defaults());

    private Observations() {
    }

    static CertificateFacts leaf() {
        return new CertificateFacts("CN=agent.example.com", "CN=Example CA", NOW.minus(Duration.ofDays(30)),
                NOW.plus(Duration.ofDays(60)), "EC", 256, "SHA256withECDSA", List.of("agent.example.com"), List.of(),
                false);
    }

    static CertificateFacts intermediate() {
        return new CertificateFacts("CN=Example CA", "CN=Example Root", NOW.minus(Duration.ofDays(300)),
                NOW.plus(Duration.ofDays(900)), "RSA", 2048, "SHA256withRSA", List.of(), List.of(), false);
    }

    static CertificateFacts root() {
        return new CertificateFacts("CN=Example Root", "CN=Example Root", NOW.minus(Duration.ofDays(3000)),
                NOW.plus(Duration.ofDays(3000)), "RSA", 1024, "SHA1withRSA", List.of(), List.of(), true);
    }

    static Map<ProtocolVersion, ProtocolSupport> modernOnly() {
        Map<ProtocolVersion, ProtocolSupport> protocols = new EnumMap<>(ProtocolVersion.class);
        for (ProtocolVersion version : ProtocolVersion.values()) {
            protocols.put(version, version.legacy() ? ProtocolSupport.REFUSED : ProtocolSupport.ACCEPTED);
        }
        return protocols;
    }

    static TlsObservation healthy() {
        return with(List.of(leaf(), intermediate()));
    }

    static TlsObservation with(List<CertificateFacts> chain) {
        return new TlsObservation("agent.example.com:443", modernOnly(), Optional.empty(), chain, Optional.empty(),
                NOW);
    }

    static TlsObservation with(CertificateFacts leaf) {
        return with(List.of(leaf, intermediate()));
    }

    static CertificateFacts leafWith(String keyAlgorithm, int keyBits, String signature) {
        CertificateFacts l = leaf();
        return new CertificateFacts(l.subject(), l.issuer(), l.notBefore(), l.notAfter(), keyAlgorithm, keyBits,
                signature, l.dnsNames(), l.ipAddresses(), false);
    }

    static CertificateFacts leafValid(Instant notBefore, Instant notAfter) {
        CertificateFacts l = leaf();
        return new CertificateFacts(l.subject(), l.issuer(), notBefore, notAfter, l.keyAlgorithm(), l.keyBits(),
                l.signatureAlgorithm(), l.dnsNames(), l.ipAddresses(), false);
    }

    static CertificateFacts leafNamed(List<String> dnsNames, List<String> ipAddresses) {
        CertificateFacts l = leaf();
        return new CertificateFacts(l.subject(), l.issuer(), l.notBefore(), l.notAfter(), l.keyAlgorithm(),
                l.keyBits(), l.signatureAlgorithm(), dnsNames, ipAddresses, false);
    }
}
