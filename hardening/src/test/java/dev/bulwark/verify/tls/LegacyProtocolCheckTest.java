package dev.bulwark.verify.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bulwark.findings.Finding;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LegacyProtocolCheckTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(ProtocolVersion.TLS_1_0, ProtocolSupport.REFUSED, List.of()),
                Arguments.of(ProtocolVersion.TLS_1_0, ProtocolSupport.NO_ANSWER, List.of()),
                Arguments.of(ProtocolVersion.TLS_1_0, ProtocolSupport.ACCEPTED, List.of("accepts TLS 1.0")),
                Arguments.of(ProtocolVersion.TLS_1_1, ProtocolSupport.ACCEPTED, List.of("accepts TLS 1.1")),
                Arguments.of(ProtocolVersion.SSL_3_0, ProtocolSupport.ACCEPTED, List.of("accepts SSL 3.0")),
                Arguments.of(ProtocolVersion.TLS_1_2, ProtocolSupport.ACCEPTED, List.of()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void evaluate_oneVersionChanged_reportsOnlyAcceptedLegacy(ProtocolVersion version, ProtocolSupport support,
                                                              List<String> expectedEvidenceEndings) {
        Map<ProtocolVersion, ProtocolSupport> protocols = Observations.modernOnly();
        protocols.put(version, support);
        TlsObservation observation = new TlsObservation("agent.example.com:443", protocols, Optional.empty(),
                List.of(Observations.leaf()), Optional.empty(), Observations.NOW);

        List<Finding> findings = new LegacyProtocolCheck().evaluate(observation, Observations.TARGET);

        assertEquals(expectedEvidenceEndings.size(), findings.size(), findings::toString);
        for (int i = 0; i < findings.size(); i++) {
            assertEquals("agent.example.com:443 " + expectedEvidenceEndings.get(i), findings.get(i).evidence());
            assertEquals("TLS_LEGACY_PROTOCOL", findings.get(i).ruleId());
        }
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of(ProtocolSupport.REFUSED, ProtocolSupport.REFUSED, true),
                Arguments.of(ProtocolSupport.NO_ANSWER, ProtocolSupport.REFUSED, false),
                Arguments.of(ProtocolSupport.NO_ANSWER, ProtocolSupport.ACCEPTED, true));
    }

    @ParameterizedTest(name = "TLS 1.0 {0}, TLS 1.1 {1}")
    @MethodSource("answers")
    void canEvaluate_unansweredVersion_onlyWhenNothingUnknownOrSomethingAccepted(ProtocolSupport tls10,
                                                                                ProtocolSupport tls11,
                                                                                boolean judged) {
        Map<ProtocolVersion, ProtocolSupport> protocols = Observations.modernOnly();
        protocols.put(ProtocolVersion.TLS_1_0, tls10);
        protocols.put(ProtocolVersion.TLS_1_1, tls11);
        TlsObservation observation = new TlsObservation("h:443", protocols, Optional.empty(), List.of(),
                Optional.empty(), Observations.NOW);

        assertEquals(judged, new LegacyProtocolCheck().canEvaluate(observation));
    }

    @Test
    void evaluate_twoLegacyAccepted_listsBothInOneFinding() {
        Map<ProtocolVersion, ProtocolSupport> protocols = Observations.modernOnly();
        protocols.put(ProtocolVersion.TLS_1_0, ProtocolSupport.ACCEPTED);
        protocols.put(ProtocolVersion.TLS_1_1, ProtocolSupport.ACCEPTED);
        TlsObservation observation = new TlsObservation("h:443", protocols, Optional.empty(), List.of(),
                Optional.empty(), Observations.NOW);

        List<Finding> findings = new LegacyProtocolCheck().evaluate(observation, Observations.TARGET);

        assertEquals(List.of("h:443 accepts TLS 1.0, TLS 1.1"),
                findings.stream().map(Finding::evidence).collect(Collectors.toList()));
    }
}
