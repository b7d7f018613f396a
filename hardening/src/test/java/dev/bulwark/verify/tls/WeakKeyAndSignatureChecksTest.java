package dev.bulwark.verify.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WeakKeyAndSignatureChecksTest {

    static Stream<Arguments> keys() {
        return Stream.of(
                Arguments.of("RSA", 2048, 0), Arguments.of("RSA", 4096, 0), Arguments.of("RSA", 1024, 1),
                Arguments.of("RSA", 2047, 1), Arguments.of("DSA", 1024, 1), Arguments.of("EC", 256, 0),
                Arguments.of("EC", 384, 0), Arguments.of("EC", 224, 1), Arguments.of("Ed25519", 0, 0));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("keys")
    void weakKey_leafKey_findingBelowMinimum(String algorithm, int bits, int expectedFindings) {
        TlsObservation observation = Observations.with(Observations.leafWith(algorithm, bits, "SHA256withRSA"));

        assertEquals(expectedFindings, new WeakKeyCheck().evaluate(observation, Observations.TARGET).size());
    }

    static Stream<Arguments> signatures() {
        return Stream.of(
                Arguments.of("SHA256withRSA", 0), Arguments.of("SHA384withECDSA", 0), Arguments.of("Ed25519", 0),
                Arguments.of("SHA1withRSA", 1), Arguments.of("SHA1withECDSA", 1), Arguments.of("MD5withRSA", 1),
                Arguments.of("MD2withRSA", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signatures")
    void weakSignature_leafSignature_findingForMd5AndSha1(String signature, int expectedFindings) {
        TlsObservation observation = Observations.with(Observations.leafWith("EC", 256, signature));

        assertEquals(expectedFindings, new WeakSignatureCheck().evaluate(observation, Observations.TARGET).size());
    }

    @Test
    void bothChecks_weakSelfIssuedRootSentAlong_ignored() {
        TlsObservation observation = Observations.with(
                List.of(Observations.leaf(), Observations.intermediate(), Observations.root()));

        assertEquals(List.of(), new WeakKeyCheck().evaluate(observation, Observations.TARGET));
        assertEquals(List.of(), new WeakSignatureCheck().evaluate(observation, Observations.TARGET));
    }

    @Test
    void bothChecks_weakSelfSignedLeaf_reported() {
        CertificateFacts root = Observations.root();
        TlsObservation observation = Observations.with(List.of(root));

        assertEquals(1, new WeakKeyCheck().evaluate(observation, Observations.TARGET).size());
        assertEquals(1, new WeakSignatureCheck().evaluate(observation, Observations.TARGET).size());
    }
}
