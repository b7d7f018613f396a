package dev.bulwark.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CidrsTest {
    @ParameterizedTest
    @CsvSource({"0.0.0.0/0, 0", "203.0.113.0/24, 24", "198.51.100.7/32, 32", "10.0.0.0/8, 8"})
    void ipv4_wellFormedBlock_parsesWithPrefix(String text, int prefix) {
        assertEquals(prefix, Cidrs.ipv4(text).cidr().orElseThrow().prefix());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "203.0.113.7/24 | host bits set | 203.0.113.0/24",
            "10.1.2.3/8 | host bits set | 10.0.0.0/8",
            "203.0.113.7 | no prefix length | 203.0.113.7/32",
            "256.0.0.0/8 | not 0-255 | a.b.c.d/n",
            "010.0.0.0/8 | not 0-255 | a.b.c.d/n",
            "10.0.0.0/33 | more than 32 | /0 to /32",
            "2001:db8::/32 | IPv6 block | sshIpv6Cidrs",
            "my-office | not an IPv4 CIDR | a.b.c.d/n"})
    void ipv4_badBlock_saysWhatAndHowToFix(String text, String message, String hint) {
        Violation v = Cidrs.ipv4(text).violation().orElseThrow();

        assertTrue(v.message().contains(message), v::toString);
        assertTrue(v.hint().contains(hint), v::toString);
    }

    @ParameterizedTest
    @CsvSource({"::/0, 0", "2001:db8:1234::/48, 48", "2001:DB8::1/128, 128"})
    void ipv6_wellFormedBlock_parsesWithPrefix(String text, int prefix) {
        assertEquals(prefix, Cidrs.ipv6(text).cidr().orElseThrow().prefix());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2001:db8::1/48 | host bits set | 2001:db8::/48",
            "2001:db8:0:0:1:0:0:1/64 | host bits set | 2001:db8::/64",
            "2001:db8::1 | no prefix length | 2001:db8::1/128",
            "2001:db8::/129 | 0-128 | e.g.",
            "2001:db8:::1/64 | not an IPv6 | address/prefix",
            "::ffff:10.0.0.1/128 | IPv4-mapped | sshCidrs",
            "10.0.0.0/8 | IPv4 block | sshCidrs",
            "fe80::1%eth0/64 | not an IPv6 | address/prefix"})
    void ipv6_badBlock_saysWhatAndHowToFix(String text, String message, String hint) {
        Violation v = Cidrs.ipv6(text).violation().orElseThrow();

        assertTrue(v.message().contains(message), v::toString);
        assertTrue(v.hint().contains(hint), v::toString);
    }
}
