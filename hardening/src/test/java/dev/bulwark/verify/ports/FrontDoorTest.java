package dev.bulwark.verify.ports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.bulwark.verify.Expectations;
import dev.bulwark.verify.ProbeOutcome;
import dev.bulwark.verify.VerifyTarget;
import dev.bulwark.verify.net.Handlers;
import dev.bulwark.verify.net.LoopbackServer;
import dev.bulwark.verify.net.Probes;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One-address hosts against real listeners: the load balancer is 127.0.0.2 ({@code lb.bulwark.test}), the instance
 * 127.0.0.3 ({@code instance.bulwark.test}) or ::1 ({@code instance6.bulwark.test}), as names in the tests' hosts
 * file. The instance serves HTTPS on 8443 and its redirect on 8080 (both watched ports, and no root needed), plus
 * Redis on 6379, which must still be reported.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FrontDoorTest {
    private static final int HTTPS = 8443;
    private static final int REDIRECT = 8080;
    private static final int REDIS = 6379;

    private final List<LoopbackServer> listeners = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (LoopbackServer listener : listeners) {
            listener.close();
        }
    }

    @Test
    void run_hostIsTheUrlsOwnAddress_urlAndRedirectPortsAreTheFrontDoor() throws Exception {
        listen("127.0.0.3", HTTPS, REDIRECT, REDIS);

        assertEquals(Set.of("127.0.0.3:" + REDIS), openFindings("https://127.0.0.3:" + HTTPS + "/", "127.0.0.3"));
    }

    @Test
    void run_urlNameResolvesToTheHost_comparedAfterResolution() throws Exception {
        listen("127.0.0.3", HTTPS, REDIRECT, REDIS);

        assertEquals(Set.of("127.0.0.3:" + REDIS),
                openFindings("https://instance.bulwark.test:" + HTTPS + "/", "127.0.0.3"));
    }

    @Test
    void run_ipv6HostNamedDifferently_sameAddressIsTheFrontDoor() throws Exception {
        listen("::1", HTTPS, REDIRECT, REDIS);

        assertEquals(Set.of("[::1]:" + REDIS), openFindings("https://[::1]:" + HTTPS + "/", "instance6.bulwark.test"));
    }

    @Test
    void run_urlIsTheLoadBalancer_everyOpenPortOnTheInstanceIsAFinding() throws Exception {
        listen("127.0.0.3", HTTPS, REDIRECT, REDIS);

        assertEquals(Set.of("127.0.0.3:" + HTTPS, "127.0.0.3:" + REDIRECT, "127.0.0.3:" + REDIS),
                openFindings("https://lb.bulwark.test:" + HTTPS + "/", "instance.bulwark.test"));
    }

    private Set<String> openFindings(String url, String host) throws InterruptedException {
        VerifyTarget target = new VerifyTarget(URI.create(url), Optional.of(host), Expectations.defaults());
        ProbeOutcome outcome = PortProbe.withPlainHttpPort(REDIRECT).run(target, Probes.context(Optional.empty()));
        ProbeOutcome.Checked checked = assertInstanceOf(ProbeOutcome.Checked.class, outcome, outcome::toString);
        return checked.findings().stream().filter(f -> f.ruleId().equals(UnexpectedPortCheck.RULE.id()))
                .map(f -> f.target()).collect(Collectors.toCollection(TreeSet::new));
    }

    private void listen(String address, int... ports) {
        for (int port : ports) {
            listeners.add(LoopbackServer.on(address, port, Handlers.tarpit()));
        }
    }
}
