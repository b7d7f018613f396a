package dev.bulwark.deploy.instance;

import dev.bulwark.blueprint.Admin;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.lightsail.model.InstancePortState;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Port states as Lightsail's GetInstancePortStates reports them (data only; no client involved). */
class PrivateExposureTest {
    private static final Admin ADMIN = new Admin(List.of("203.0.113.0/24"), List.of("2001:db8::/48"),
            Optional.empty(), "ubuntu");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "22    | 22    | open   | 203.0.113.0/24 |                   | ''",
            "22    | 22    | open   | 2001:db8::/48  |                   | ''",
            "443   | 443   | closed | 0.0.0.0/0      |                   | ''",
            "22    | 22    | open   | 0.0.0.0/0      |                   | SSH is open to 0.0.0.0/0, which are not in admin.sshCidrs/sshIpv6Cidrs",
            "22    | 22    | open   |                | lightsail-connect | SSH is open to lightsail-connect, which are not in admin.sshCidrs/sshIpv6Cidrs",
            "443   | 443   | open   | 203.0.113.0/24 |                   | tcp 443 is open to 203.0.113.0/24",
            "0     | 65535 | open   | 0.0.0.0/0      |                   | tcp 0-65535 is open to 0.0.0.0/0",
            "18789 | 18789 | open   | ::/0           |                   | tcp 18789 is open to ::/0",
    })
    void openings_portState_reportedUnlessAdminSshOrClosed(int from, int to, String state, String source,
                                                          String alias, String expected) {
        InstancePortState.Builder port = InstancePortState.builder().fromPort(from).toPort(to).protocol("tcp")
                .state(state);
        if (source != null && source.contains(":")) {
            port.ipv6Cidrs(source);
        } else if (source != null) {
            port.cidrs(source);
        }
        if (alias != null) {
            port.cidrListAliases(alias);
        }

        assertEquals(expected.isEmpty() ? List.of() : List.of(expected),
                PrivateExposure.openings(List.of(port.build()), ADMIN));
    }
}
