package dev.bulwark.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.ProbeOutcome;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The gateway probe against the real OpenClaw 2026.9.6 gateway with token auth: hardened on loopback, and exposed
 * with {@code --bind lan}. 127.0.0.2 plays the instance's public address: a loopback bind (127.0.0.1) is not
 * reachable there, an exposed bind (0.0.0.0) is.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayProbeIT {
    static final String PUBLIC_ADDRESS = "127.0.0.2";
    static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final AcceptanceHome home = AcceptanceHome.locate();
    private OpenClawGateway loopback;

    @BeforeAll
    void startLoopbackGateway() throws Exception {
        home.requireInstalled(GatewayDistribution.OPENCLAW);
        loopback = OpenClawGateway.start(home, GatewayLaunch.hardened(GatewayDistribution.OPENCLAW),
                START_TIMEOUT);
        System.out.println("openclaw gateway (loopback) ready in " + loopback.startupTime().toMillis() + " ms");
    }

    @AfterAll
    void stopGateway() {
        if (loopback != null) {
            loopback.close();
        }
    }

    @Test
    void run_hardenedLoopbackGateway_nothingAtMediumOrAbove() throws Exception {
        ProbeOutcome outcome = GatewayProbes.run(loopback.url("127.0.0.1"));

        ProbeOutcome.Checked checked = assertInstanceOf(ProbeOutcome.Checked.class, outcome, outcome.toString());
        // Reached directly over plain loopback HTTP on purpose: TLS and refusing the canvas/A2UI paths are the
        // proxy's job (ProxiedGatewayIT proves both there). Those two findings must be here, nothing else >= medium.
        List<String> proxyJobs = List.of("GATEWAY_WITHOUT_TLS", "GATEWAY_CANVAS_ON_UI_ORIGIN");
        assertTrue(ruleIds(checked).containsAll(proxyJobs), ruleIds(checked).toString());
        List<Finding> serious = checked.findings().stream().filter(f -> f.severity().isAtLeast(Severity.MEDIUM))
                .filter(f -> !proxyJobs.contains(f.ruleId())).toList();
        assertEquals(List.of(), serious);
        assertTrue(checked.rulesChecked().contains("GATEWAY_UNAUTHENTICATED"), checked.rulesChecked().toString());
        assertFalse(ruleIds(checked).contains("GATEWAY_NOT_DETECTED"), "the probe must recognise the gateway");
    }

    @Test
    void run_openClaw2026_9_6_disclosesItsBuildIdInTheControlUi() throws Exception {
        ProbeOutcome.Checked checked = (ProbeOutcome.Checked) GatewayProbes.run(loopback.url("127.0.0.1"));

        Finding disclosed = checked.findings().stream().filter(f -> f.ruleId().equals("GATEWAY_VERSION_DISCLOSED"))
                .findFirst().orElseThrow(() -> new AssertionError(checked.findings().toString()));
        assertTrue(disclosed.evidence().contains("2026.9.6 in GET / data-openclaw-control-ui-build-id"),
                disclosed.evidence());
    }

    @Test
    void run_loopbackBindAtThePublicAddress_isUnreachable() throws Exception {
        ProbeOutcome outcome = GatewayProbes.run(loopback.url(PUBLIC_ADDRESS));

        ProbeOutcome.Unreachable unreachable = assertInstanceOf(ProbeOutcome.Unreachable.class, outcome,
                outcome.toString());
        assertTrue(unreachable.reason().contains("refused the TCP connection"), unreachable.reason());
    }

    @Test
    void run_lanBindAtThePublicAddress_answersLikeTheGatewayItself() throws Exception {
        try (OpenClawGateway exposed = OpenClawGateway.start(home,
                GatewayLaunch.hardened(GatewayDistribution.OPENCLAW).bind(GatewayLaunch.Bind.LAN), START_TIMEOUT)) {
            System.out.println("openclaw gateway (lan) ready in " + exposed.startupTime().toMillis() + " ms");
            ProbeOutcome outcome = GatewayProbes.run(exposed.url(PUBLIC_ADDRESS));

            ProbeOutcome.Checked checked = assertInstanceOf(ProbeOutcome.Checked.class, outcome, outcome.toString());
            assertFalse(ruleIds(checked).contains("GATEWAY_NOT_DETECTED"), checked.findings().toString());
            assertTrue(ruleIds(checked).contains("GATEWAY_VERSION_DISCLOSED"), checked.findings().toString());
        }
    }

    /** Negative control: the same probe must catch a carelessly configured real gateway. */
    @Test
    void run_authNoneAndWildcardOrigins_reportsOpenApiReadableConfigAndUnenforcedOrigin() throws Exception {
        GatewayLaunch careless = GatewayLaunch.hardened(GatewayDistribution.OPENCLAW).auth(GatewayLaunch.Auth.NONE)
                .config("{ gateway: { controlUi: { allowedOrigins: [\"*\"] } } }");
        try (OpenClawGateway gateway = OpenClawGateway.start(home, careless, START_TIMEOUT)) {
            ProbeOutcome outcome = GatewayProbes.run(gateway.url("127.0.0.1"));

            ProbeOutcome.Checked checked = assertInstanceOf(ProbeOutcome.Checked.class, outcome, outcome.toString());
            List<String> ids = ruleIds(checked);
            // /tools/invoke answers 400 ("requires" a tool name): it got past authentication.
            assertTrue(ids.contains("GATEWAY_API_UNAUTHENTICATED"), checked.findings().toString());
            assertTrue(ids.contains("GATEWAY_SENSITIVE_PATH"), checked.findings().toString());
            // "*" lets evil.example through to the device-identity check.
            assertTrue(ids.contains("GATEWAY_ORIGIN_NOT_ENFORCED"), checked.findings().toString());
        }
    }

    private static List<String> ruleIds(ProbeOutcome.Checked checked) {
        return checked.findings().stream().map(Finding::ruleId).toList();
    }
}
