package dev.bulwark.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressBlockTest {

    @ParameterizedTest
    @CsvSource({
        "127.5.0.0/16, 65536, 127.5.0.0, 127.5.255.255",
        "127.5.3.9/16, 65536, 127.5.0.0, 127.5.255.255",
        "127.0.0.1, 1, 127.0.0.1, 127.0.0.1",
        "127.0.0.0/30, 4, 127.0.0.0, 127.0.0.3",
        "::1, 1, 0:0:0:0:0:0:0:1, 0:0:0:0:0:0:0:1",
        "::/126, 4, 0:0:0:0:0:0:0:0, 0:0:0:0:0:0:0:3",
    })
    void parseLiteral_cidrOrAddress_expandsToTheBlock(String text, long size, String first, String last) {
        AddressBlock block = AddressBlock.parseLiteral(text).orElseThrow();
        assertEquals(BigInteger.valueOf(size), block.size());
        assertEquals(first, block.addressAt(0).getHostAddress());
        assertEquals(last, block.addressAt(size - 1).getHostAddress());
    }

    @ParameterizedTest
    @CsvSource({"127.0.0.256", "127.0.0.0/33", "::1/129", "127.0.0.0/x", "1.2.3.4/8/9"})
    void parseLiteral_malformed_saysWhatIsWrong(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AddressBlock.parseLiteral(text).orElseThrow(() -> new IllegalArgumentException("not a literal")));
        assertTrue(e.getMessage().contains("`" + text.split("/")[0]) || e.getMessage().contains("literal"),
                e.getMessage());
    }

    @Test
    void parseLiteral_name_isNotALiteral() {
        assertTrue(AddressBlock.parseLiteral("localhost").isEmpty());
    }

    @Test
    void endpointIterator_walksAddressByAddressThenPort() {
        ScanScope scope = new ScanScope(ScanScope.resolve(List.of("127.0.0.0/31", "[::1]")), List.of(80, 443));
        List<String> seen = new ArrayList<>();
        for (Iterator<java.net.InetSocketAddress> it = scope.endpointIterator(); it.hasNext(); ) {
            java.net.InetSocketAddress a = it.next();
            seen.add(a.getAddress().getHostAddress() + ":" + a.getPort());
        }
        assertEquals(List.of("127.0.0.0:80", "127.0.0.0:443", "127.0.0.1:80", "127.0.0.1:443",
                "0:0:0:0:0:0:0:1:80", "0:0:0:0:0:0:0:1:443"), seen);
        assertEquals(6, scope.endpoints());
    }

    @Test
    void scope_largerThanASlash16_needsConfirmation_andASlash8IsTheCeiling() {
        assertTrue(!new ScanScope(ScanScope.resolve(List.of("127.5.0.0/16")), List.of(1)).needsConfirmation());
        assertTrue(new ScanScope(ScanScope.resolve(List.of("127.4.0.0/15")), List.of(1)).needsConfirmation());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ScanScope(ScanScope.resolve(List.of("::/64")), List.of(1)));
        assertTrue(e.getMessage().contains("split the range"), e.getMessage());
    }
}
