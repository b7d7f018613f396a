package dev.bulwark.verify.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class EndpointTest {

    static Stream<Arguments> urls() {
        return Stream.of(
                Arguments.of("https://Agent.Example.com/", "agent.example.com", 443, "agent.example.com:443", false),
                Arguments.of("https://agent.example.com:8443/x", "agent.example.com", 8443, "agent.example.com:8443",
                        false),
                Arguments.of("http://agent.example.com/", "agent.example.com", 80, "agent.example.com:80", false),
                Arguments.of("https://127.0.0.1:9/", "127.0.0.1", 9, "127.0.0.1:9", true),
                Arguments.of("https://[2001:db8::1]/", "2001:db8::1", 443, "[2001:db8::1]:443", true));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"192.0.2.1, 192.0.2.1", "2001:db8::1, [2001:db8::1]", "::1, [::1]", "::, [::]",
            "2001:db8:0:1:0:0:0:1, [2001:db8:0:1::1]", "2001:db8:0:1:1:1:1:1, [2001:db8:0:1:1:1:1:1]",
            "1:0:0:2:0:0:0:3, [1:0:0:2::3]"})
    void label_address_ipv6ShortenedAndBracketed(String literal, String label) throws Exception {
        assertEquals(label, Endpoint.label(InetAddress.getByName(literal)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("urls")
    void of_url_hostPortAndLabel(String url, String host, int port, String label, boolean literal) {
        Endpoint endpoint = Endpoint.of(URI.create(url));

        assertEquals(host, endpoint.host());
        assertEquals(port, endpoint.port());
        assertEquals(label, endpoint.toString());
        assertEquals(literal, Endpoint.isIpLiteral(endpoint.host()));
    }
}
