package dev.bulwark.cidr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0.0.0.0/0        | false | 0   | true  | false | 0.0.0.0/0",
            "203.0.113.7/24   | false | 24  | true  | true  | 203.0.113.0/24",
            "198.51.100.7     | false | 32  | false | false | 198.51.100.7",
            "::/0             | true  | 0   | true  | false | ::/0",
            "2001:DB8:0:0:1::1/64 | true | 64 | true | true | 2001:db8::/64",
            "::ffff:10.0.0.1/128 | true | 128 | true | false | ::ffff:a00:1/128"})
    void parse_literal_readsFamilyPrefixAndHostBits(String text, boolean ipv6, int prefix, boolean hasPrefix,
                                                    boolean hostBits, String network) {
        Cidr cidr = Cidr.parse(text);

        assertEquals(ipv6, cidr.isIpv6(), "ipv6");
        assertEquals(prefix, cidr.prefix(), "prefix");
        assertEquals(hasPrefix, cidr.hasPrefix(), "hasPrefix");
        assertEquals(hostBits, cidr.hasHostBits(), "hostBits");
        assertEquals(network, cidr.network(), "network");
    }

    @ParameterizedTest
    @ValueSource(strings = {"my-office", "010.0.0.0/8", "10.0.0.0/33", "2001:db8::/129", "2001:db8:::1/64",
            "fe80::1%eth0/64", "10.0.0.1-5", "*.0.0.0", "*", "", "1.2.3"})
    void parse_notALiteral_isRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "10.0.0.0/8      | 10.1.2.3/32     | true",
            "10.0.0.0/8      | 10.1.2.3        | true",
            "10.1.2.3/8      | 10.200.0.0/16   | true",
            "10.0.0.0/16     | 10.0.0.0/8      | false",
            "10.0.0.0/8      | 11.0.0.1        | false",
            "0.0.0.0/0       | ::1             | false",
            "2001:db8::/32   | 2001:db8:1::/48 | true",
            "2001:db8::/48   | 2001:db9::1     | false",
            "198.51.100.7    | 198.51.100.7/32 | true"})
    void contains_block_coversOnlyItsAddresses(String outer, String inner, boolean expected) {
        assertEquals(expected, Cidr.parse(outer).contains(Cidr.parse(inner)));
    }
}
