package dev.bulwark.baseline;

import dev.bulwark.baseline.agent.AgentLayout;
import dev.bulwark.baseline.firewall.NftablesRenderer;
import dev.bulwark.baseline.os.OsBaselineRenderer;
import dev.bulwark.baseline.proxy.NginxSite;
import dev.bulwark.baseline.ssh.SshdConfigRenderer;
import dev.bulwark.baseline.systemd.GatewayUnitRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostBaselineTest {
    private final RenderedBaseline baseline = HostBaseline.withDefaultPolicy().render(BaselineFixtures.withAdminNetworks());

    @ParameterizedTest
    @CsvSource({
            SshdConfigRenderer.PATH + ", 0644", NftablesRenderer.PATH + ", 0644",
            NginxSite.SITE_PATH + ", 0644", NginxSite.PROXY_PARAMS_PATH + ", 0644",
            GatewayUnitRenderer.UNIT_PATH + ", 0644", GatewayUnitRenderer.WRAPPER_PATH + ", 0755",
            AgentLayout.CONFIG_PATH + ", 0400", OsBaselineRenderer.SYSCTL_PATH + ", 0644",
            OsBaselineRenderer.CLOUD_CONFIG_PATH + ", 0644", HostBaseline.AGENT_RECORD_PATH + ", 0644",
    })
    void render_blueprint_includesArtifactWithMode(String path, String mode) {
        assertEquals(mode, baseline.file(path).mode());
    }

    @Test
    void render_blueprint_recordsAgentAsPending() {
        assertEquals("BULWARK_AGENT_KIND=openclaw\nBULWARK_AGENT_VERSION=2026.9.6\nBULWARK_BASELINE=pending\n",
                baseline.file(HostBaseline.AGENT_RECORD_PATH).content());
    }

    @Test
    void render_blueprint_noFileLeavesAPlaceholderUnfilled() {
        baseline.files().forEach(f -> assertTrue(!f.content().contains("{{"), f.path()));
    }
}
