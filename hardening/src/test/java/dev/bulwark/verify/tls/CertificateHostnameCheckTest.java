package dev.bulwark.verify.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bulwark.verify.Expectations;
import dev.bulwark.verify.VerifyTarget;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CertificateHostnameCheckTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("https://agent.example.com/", List.of("agent.example.com"), List.of(), true),
                Arguments.of("https://AGENT.example.com/", List.of("agent.example.COM."), List.of(), true),
                Arguments.of("https://agent.example.com/", List.of("*.example.com"), List.of(), true),
                Arguments.of("https://a.b.example.com/", List.of("*.example.com"), List.of(), false),
                Arguments.of("https://example.com/", List.of("*.example.com"), List.of(), false),
                Arguments.of("https://agent.example.com/", List.of("*.com"), List.of(), false),
                Arguments.of("https://agent.example.com/", List.of("ag*.example.com"), List.of(), false),
                Arguments.of("https://agent.example.com/", List.of("other.example.com"), List.of(), false),
                Arguments.of("https://agent.example.com/", List.of(), List.of(), false),
                Arguments.of("https://127.0.0.1:8443/", List.of(), List.of("127.0.0.1"), true),
                Arguments.of("https://127.0.0.1:8443/", List.of("127.0.0.1"), List.of(), false),
                Arguments.of("https://[::1]/", List.of(), List.of("0:0:0:0:0:0:0:1"), true),
                Arguments.of("https://127.0.0.2/", List.of(), List.of("127.0.0.1"), false));
    }

    @ParameterizedTest(name = "{0} vs dns {1} ip {2}")
    @MethodSource("cases")
    void evaluate_subjectAltNames_matchFollowsRfc6125(String url, List<String> dns, List<String> ips,
                                                      boolean matches) {
        VerifyTarget target = new VerifyTarget(URI.create(url), Optional.empty(), Expectations.defaults());
        TlsObservation observation = Observations.with(Observations.leafNamed(dns, ips));

        assertEquals(matches ? 0 : 1, new CertificateHostnameCheck().evaluate(observation, target).size());
    }

    @ParameterizedTest(name = "blueprint domain {0}")
    @MethodSource("domains")
    void evaluate_blueprintDomain_takesPrecedenceOverUrlHost(String domain, int expectedFindings) {
        Expectations expectations = new Expectations(Optional.of(domain), Expectations.DEFAULT_GATEWAY_PORT,
                java.util.Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        VerifyTarget target = new VerifyTarget(URI.create("https://203.0.113.9/"), Optional.empty(), expectations);

        assertEquals(expectedFindings, new CertificateHostnameCheck().evaluate(Observations.healthy(), target).size());
    }

    static Stream<Arguments> domains() {
        return Stream.of(Arguments.of("agent.example.com", 0), Arguments.of("other.example.com", 1));
    }
}
