package dev.bulwark.verify.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SshEndpointTest {

    @ParameterizedTest
    @CsvSource({
        "203.0.113.10, 203.0.113.10, 22",
        "host.example.com:2222, host.example.com, 2222",
        "[2001:db8::1]:2200, 2001:db8::1, 2200",
        "[2001:db8::1], 2001:db8::1, 22",
        "2001:db8::1, 2001:db8::1, 22",
        "Agent.Example.COM, agent.example.com, 22"})
    void parse_acceptedForms_giveHostAndPort(String text, String host, int port) {
        assertEquals(new SshEndpoint(host, port), SshEndpoint.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "host:", "host:ssh", "host:70000", "[2001:db8::1", "[::1]x", "a b", "host;rm -rf /"})
    void parse_malformed_isRefusedWithAMessage(String text) {
        assertThrows(IllegalArgumentException.class, () -> SshEndpoint.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"203.0.113.10, 22, 203.0.113.10:22", "2001:db8::1, 22, [2001:db8::1]:22"})
    void toString_bracketsIpv6(String host, int port, String expected) {
        assertEquals(expected, new SshEndpoint(host, port).toString());
    }
}
