package dev.bulwark.verify.net;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import javax.net.ssl.SSLContext;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/** A private CA and server certificates made in the test (okhttp-tls), never checked in. */
public final class TestPki {
    private final HeldCertificate authority = new HeldCertificate.Builder()
            .certificateAuthority(0)
            .commonName("bulwark test CA")
            .build();

    /** A leaf for localhost and 127.0.0.1, signed by this CA, valid from a day ago until {@code validFor} from now. */
    public HeldCertificate leaf(Duration validFor) {
        return builder(Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(validFor)).build();
    }

    public HeldCertificate leafValid(Instant notBefore, Instant notAfter) {
        return builder(notBefore, notAfter).build();
    }

    /** A leaf naming only {@code name}, not localhost or 127.0.0.1. */
    public HeldCertificate leafFor(String name) {
        return new HeldCertificate.Builder()
                .commonName(name)
                .addSubjectAlternativeName(name)
                .validityInterval(now(-1), now(90))
                .signedBy(authority)
                .build();
    }

    /** A leaf with an RSA key of {@code bits} bits. */
    public HeldCertificate leafWithRsaKey(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            KeyPair keyPair = generator.generateKeyPair();
            return builder(Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(90)))
                    .keyPair(keyPair)
                    .build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A server context presenting {@code leaf} and this CA as its chain. */
    public SSLContext serverContext(HeldCertificate leaf) {
        return new HandshakeCertificates.Builder()
                .heldCertificate(leaf, authority.certificate())
                .build()
                .sslContext();
    }

    /** Writes this CA's certificate as PEM, as a user would pass it with --ca-file. */
    public Path writeCaFile(Path directory) throws IOException {
        return Files.writeString(directory.resolve("ca.pem"), authority.certificatePem(), StandardCharsets.US_ASCII);
    }

    private HeldCertificate.Builder builder(Instant notBefore, Instant notAfter) {
        return new HeldCertificate.Builder()
                .commonName("localhost")
                .addSubjectAlternativeName("localhost")
                .addSubjectAlternativeName("127.0.0.1")
                .validityInterval(notBefore.toEpochMilli(), notAfter.toEpochMilli())
                .signedBy(authority);
    }

    private static long now(int plusDays) {
        return Instant.now().plus(Duration.ofDays(plusDays)).toEpochMilli();
    }
}
