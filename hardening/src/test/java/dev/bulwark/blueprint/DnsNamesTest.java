package dev.bulwark.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DnsNamesTest {
    @ParameterizedTest
    @ValueSource(strings = {"agent.example.com", "a.b", "xn--bcher-kva.example", "gw-1.eu.example.co.uk"})
    void check_validName_passes(String name) {
        assertEquals(Optional.empty(), DnsNames.check(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "*.example.com | wildcard",
            "agent.example.com. | end with a dot",
            "Agent.example.com | lower-case",
            "localhost | at least two labels",
            "agent..example.com | empty label",
            "-agent.example.com | not a valid DNS label",
            "agent_1.example.com | not a valid DNS label",
            "203.0.113.7 | IP address"})
    void check_badName_saysWhy(String name, String fragment) {
        Violation v = DnsNames.check(name).orElseThrow();

        assertTrue(v.message().contains(fragment), v::toString);
    }

    @org.junit.jupiter.api.Test
    void check_nameLongerThan253_isRefused() {
        String name = ("a".repeat(60) + ".").repeat(4) + "example.com";

        assertTrue(DnsNames.check(name).orElseThrow().message().contains("253"));
    }
}
