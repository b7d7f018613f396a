package dev.bulwark.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.baseline.BaselineFile;
import dev.bulwark.baseline.proxy.NginxSite;
import dev.bulwark.baseline.proxy.NginxSiteRenderer;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintLoader;
import dev.bulwark.findings.Finding;
import dev.bulwark.policy.HardeningPolicy;
import dev.bulwark.verify.Expectations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * HOST_PROXY_ALLOWLIST_DRIFT on the nginx site the host baseline renders (the file audit-host reads on the host),
 * one blueprint rendering the site and another one giving the expectations.
 */
class ProxyAllowlistCheckTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // installed site's access                        | blueprint's allowCidrs                          | evidence
            "[203.0.113.0/24, \"2001:db8:1234::/48\"]          | [203.0.113.0/24, \"2001:db8:1234::/48\"]         | ''",
            "[203.0.113.0/24]                                  | [203.0.113.0/24, \"2001:db8:1234::/48\"]         | missing 2001:db8:1234::/48",
            "[203.0.113.0/24, 198.51.100.0/24]                 | [203.0.113.0/24]                                 | admitted but not in the blueprint 198.51.100.0/24",
            "PRIVATE                                           | [203.0.113.0/24]                                 | every client is admitted (default 1); missing 203.0.113.0/24",
    })
    void evaluate_renderedSite_passesWhenEqualToTheBlueprintFailsOnDrift(String installed, String expected,
                                                                         String evidence) throws Exception {
        String site = site(installed.equals("PRIVATE") ? blueprint("site", null) : blueprint("site", installed));

        CheckResult result = new ProxyAllowlistCheck().evaluate(CommandResult.ok(site), context(expected));

        List<Finding> findings = assertInstanceOf(CheckResult.Checked.class, result).findings();
        if (evidence.isEmpty()) {
            assertEquals(List.of(), findings);
        } else {
            assertEquals(1, findings.size(), findings::toString);
            assertEquals(NginxSite.SITE_PATH + ": " + evidence, findings.get(0).evidence());
        }
    }

    @Test
    void evaluate_siteMissing_isAFinding() throws Exception {
        CheckResult result = new ProxyAllowlistCheck().evaluate(CommandResult.failed(1,
                "cat: " + NginxSite.SITE_PATH + ": No such file or directory"), context("[203.0.113.0/24]"));

        assertEquals(1, assertInstanceOf(CheckResult.Checked.class, result).findings().size());
    }

    @Test
    void evaluate_timedOut_isNotChecked() throws Exception {
        CheckResult result = new ProxyAllowlistCheck().evaluate(new CommandResult(-1, "", "", false, true),
                context("[203.0.113.0/24]"));

        assertInstanceOf(CheckResult.NotChecked.class, result);
    }

    @Test
    void appliesTo_blueprintWithoutAllowlist_isNotRun() throws Exception {
        assertFalse(new ProxyAllowlistCheck().appliesTo(new HostContext("h:22", HostLayout.defaults(),
                Expectations.fromBlueprint(blueprint("private", null)), 32)));
        assertTrue(new ProxyAllowlistCheck().appliesTo(context("[203.0.113.0/24]")));
    }

    private HostContext context(String allowCidrs) throws Exception {
        return new HostContext("203.0.113.10:22", HostLayout.defaults(),
                Expectations.fromBlueprint(blueprint("expected", allowCidrs)), 32);
    }

    private static String site(Blueprint blueprint) {
        return new NginxSiteRenderer().render(NginxSite.forBlueprint(blueprint, HardeningPolicy.defaults())).stream()
                .filter(f -> f.path().equals(NginxSite.SITE_PATH)).map(BaselineFile::content).findFirst()
                .orElseThrow();
    }

    /** A blueprint public behind {@code allowCidrs}, or private when null. */
    private Blueprint blueprint(String name, String allowCidrs) throws Exception {
        String access = allowCidrs == null ? "access:\n  mode: private"
                : "access:\n  mode: public\n  allowCidrs: " + allowCidrs;
        Path file = Files.writeString(dir.resolve(name + ".yaml"), String.join("\n", "name: allow-test",
                "region: us-east-1", "agent:", "  version: 2026.9.6", "domain:", "  name: agent.example.com",
                access, ""));
        return new BlueprintLoader().load(file);
    }
}
