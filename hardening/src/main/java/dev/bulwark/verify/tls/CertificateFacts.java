package dev.bulwark.verify.tls;

import java.security.PublicKey;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What the checks need to know about one certificate the server sent, as plain values, so checks are pure and their
 * tests need no certificates.
 *
 * @param keyAlgorithm {@code RSA}, {@code EC}, {@code DSA}, {@code Ed25519}...
 * @param keyBits      RSA/DSA modulus size or EC curve order size; 0 when unknown
 * @param selfIssued   subject equals issuer (a root the server sent along); ignored by key and signature checks
 */
public record CertificateFacts(String subject, String issuer, Instant notBefore, Instant notAfter,
                               String keyAlgorithm, int keyBits, String signatureAlgorithm,
                               List<String> dnsNames, List<String> ipAddresses, boolean selfIssued) {
    private static final int DNS_NAME = 2;
    private static final int IP_ADDRESS = 7;

    public CertificateFacts {
        dnsNames = List.copyOf(dnsNames);
        ipAddresses = List.copyOf(ipAddresses);
    }

    public static CertificateFacts of(X509Certificate certificate) {
        List<String> dns = new ArrayList<>();
        List<String> ips = new ArrayList<>();
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            if (names != null) {
                for (List<?> name : names) {
                    int type = (Integer) name.get(0);
                    if (type == DNS_NAME) {
                        dns.add((String) name.get(1));
                    } else if (type == IP_ADDRESS) {
                        ips.add((String) name.get(1));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // An unparseable SAN extension matches no name; the hostname check reports it.
        }
        String subject = certificate.getSubjectX500Principal().getName();
        String issuer = certificate.getIssuerX500Principal().getName();
        PublicKey key = certificate.getPublicKey();
        return new CertificateFacts(subject, issuer, certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(), key.getAlgorithm(), keyBits(key),
                certificate.getSigAlgName(), dns, ips, subject.equals(issuer));
    }

    private static int keyBits(PublicKey key) {
        if (key instanceof RSAPublicKey) {
            return ((RSAPublicKey) key).getModulus().bitLength();
        }
        if (key instanceof ECPublicKey) {
            return ((ECPublicKey) key).getParams().getOrder().bitLength();
        }
        if (key instanceof DSAPublicKey) {
            return ((DSAPublicKey) key).getParams().getP().bitLength();
        }
        return 0;
    }
}
