package dev.bulwark.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HardeningPolicyTest {
    private final HardeningPolicy policy = HardeningPolicy.defaults();

    @Test
    void defaults_shippedPolicy_readsEveryGroup() {
        assertEquals(18789, policy.gateway().defaultPort());
        assertEquals(80, policy.instance().proxyPort());
        assertEquals(15552000L, policy.http().hstsMinMaxAgeSeconds());
        assertEquals("TLS-FS-Res-1-2-2019-08", policy.tls().defaultLoadBalancerPolicy());
    }

    @ParameterizedTest
    @CsvSource({
        "TLS-2016-08, false",
        "TLS-FS-Res-1-2-2019-08, true",
        "TLS-FS-1-2-Res-2019-08, true",
        "NO-SUCH-POLICY, false"})
    void isModernLoadBalancerPolicy_knownPolicies_onlyTls12PoliciesPass(String name, boolean modern) {
        assertEquals(modern, policy.tls().isModernLoadBalancerPolicy(name));
    }

    @Test
    void isModernLoadBalancerPolicy_defaultPolicy_isModern() {
        assertTrue(policy.tls().isModernLoadBalancerPolicy(policy.tls().defaultLoadBalancerPolicy()));
    }

    @Test
    void gatewayFamilyPorts_defaultGateway_coversBridgeBrowserCanvasAndDevTools() {
        Set<Integer> ports = policy.gatewayFamilyPorts(18789);
        for (int p : new int[] {18789, 18790, 18791, 18793, 18800, 18899}) {
            assertTrue(ports.contains(p), "port " + p);
        }
        assertFalse(ports.contains(18792));
        assertFalse(ports.contains(18900));
    }
}
