package dev.bulwark.verify.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ModernProtocolCheckTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(ProtocolSupport.ACCEPTED, ProtocolSupport.ACCEPTED, 0),
                Arguments.of(ProtocolSupport.REFUSED, ProtocolSupport.ACCEPTED, 0),
                Arguments.of(ProtocolSupport.ACCEPTED, ProtocolSupport.REFUSED, 0),
                Arguments.of(ProtocolSupport.REFUSED, ProtocolSupport.REFUSED, 1),
                Arguments.of(ProtocolSupport.NO_ANSWER, ProtocolSupport.REFUSED, 1));
    }

    @ParameterizedTest(name = "1.3 {0}, 1.2 {1} -> {2} findings")
    @MethodSource("cases")
    void evaluate_modernVersions_findingOnlyWhenNeitherAccepted(ProtocolSupport tls13, ProtocolSupport tls12,
                                                                int expectedFindings) {
        Map<ProtocolVersion, ProtocolSupport> protocols = Observations.modernOnly();
        protocols.put(ProtocolVersion.TLS_1_3, tls13);
        protocols.put(ProtocolVersion.TLS_1_2, tls12);
        TlsObservation observation = new TlsObservation("h:443", protocols, Optional.of("TLS 1.2: no cipher"),
                List.of(), Optional.empty(), Observations.NOW);

        assertEquals(expectedFindings, new ModernProtocolCheck().evaluate(observation, Observations.TARGET).size());
    }
}
