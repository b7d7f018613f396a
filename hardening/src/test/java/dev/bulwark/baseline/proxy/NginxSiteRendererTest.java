package dev.bulwark.baseline.proxy;

import dev.bulwark.baseline.BaselineFixtures;
import dev.bulwark.baseline.RealTool;
import dev.bulwark.policy.HardeningPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NginxSiteRendererTest {
    private final HardeningPolicy policy = HardeningPolicy.defaults();
    private final NginxSite site = NginxSite.forBlueprint(BaselineFixtures.withAdminNetworks(), policy);
    private final NginxSiteRenderer renderer = new NginxSiteRenderer();
    private final String conf = renderer.renderSite(site, NginxSite.SITE_PATH).content();
    private final String params = renderer.renderProxyParams(site).content();

    @ParameterizedTest
    @ValueSource(strings = {
            "listen 80 default_server;",
            "server 127.0.0.1:18789;",
            "server_tokens off;",
            "client_max_body_size 16m;",
            "large_client_header_buffers 4 8k;",
            "client_header_timeout 10s;",
            "set_real_ip_from 172.26.0.0/16;",
            "real_ip_recursive off;",
            "\"https://agent.example.com\" 0;",
            "\"https://chat.example.com\" 0;",
            "\"~*^websocket:1$\" 1;",
            "return 403;",
            "location ~ /control-ui-config\\.json$ {",
            "location ~ ^/(hooks/|tools/invoke|v1/) {",
            "limit_req zone=bulwark_auth burst=10 nodelay;",
            "limit_req zone=bulwark_connect burst=5 nodelay;",
            "add_header X-Content-Type-Options $bulwark_x_content_type_options always;",
            "add_header X-Frame-Options $bulwark_x_frame_options always;",
            "add_header Content-Security-Policy $bulwark_content_security_policy always;",
    })
    void renderSite_blueprint_containsDirective(String directive) {
        assertTrue(conf.lines().map(String::strip).anyMatch(directive::equals), directive + " in\n" + conf);
    }

    @Test
    void renderSite_policy_hstsMaxAgeComesFromPolicy() {
        assertTrue(conf.contains("add_header Strict-Transport-Security \"max-age="
                + policy.http().hstsMinMaxAgeSeconds() + "\" always;"), conf);
        assertEquals("80", Integer.toString(policy.instance().proxyPort()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "proxy_set_header X-Forwarded-For $remote_addr;",
            "proxy_set_header X-Real-IP $remote_addr;",
            "proxy_set_header X-Forwarded-Proto $bulwark_forwarded_proto;",
            "proxy_set_header Upgrade $bulwark_upgrade;",
            "proxy_set_header Connection $bulwark_connection;",
            "proxy_set_header Tailscale-User-Login \"\";",
            "proxy_hide_header X-Powered-By;",
    })
    void renderProxyParams_anySite_overwritesForwardingHeaders(String directive) {
        assertTrue(params.lines().anyMatch(directive::equals), directive + " in\n" + params);
    }

    @Test
    void renderProxyParams_anySite_neverAppendsClientForwardedFor() {
        assertFalse(params.contains("$proxy_add_x_forwarded_for"), params);
        assertFalse(conf.contains("$proxy_add_x_forwarded_for"), conf);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example\" 0; default 0; \"x", "javascript:alert(1)", "https://a b"})
    void renderSite_originNotAnOrigin_isRefused(String origin) {
        NginxSite bad = new NginxSite("80", 18789, List.of(origin), 1, List.of(), NginxSite.PROXY_PARAMS_PATH);
        assertThrows(IllegalArgumentException.class, () -> renderer.renderSite(bad, NginxSite.SITE_PATH));
    }

    @Test
    void nginxTest_instanceSiteAsRendered_isAcceptedByRealNginx(@TempDir Path dir) {
        String nginx = RealTool.require("nginx", "nginx");
        // The instance's own site (listen 80, its upstream), only the parameters file moved to the temp dir.
        Path paramsFile = RealTool.write(dir, "proxy-params.conf", params);
        Path siteFile = RealTool.write(dir, "site.conf", conf.replace(NginxSite.PROXY_PARAMS_PATH, paramsFile.toString()));
        Path main = RealTool.write(dir, "nginx.conf", MinimalNginx.mainConfig(dir, siteFile));

        RealTool.Result check = RealTool.run(List.of(nginx, "-t", "-c", main.toString(), "-p", dir + "/"));
        assertEquals(0, check.exitCode(), check.output());
    }

    @Test
    void nginxTest_renderedSiteInMinimalMainConfig_isAcceptedByRealNginx(@TempDir Path dir) {
        String nginx = RealTool.require("nginx", "nginx");
        NginxSite local = new NginxSite("127.0.0.1:18080", site.gatewayPort(), site.allowedOrigins(),
                site.hstsMaxAgeSeconds(), site.realIpFrom(), dir.resolve("proxy-params.conf").toString());
        RealTool.write(dir, "proxy-params.conf", renderer.renderProxyParams(local).content());
        Path siteFile = RealTool.write(dir, "site.conf", renderer.renderSite(local, "/site.conf").content());
        Path main = RealTool.write(dir, "nginx.conf", MinimalNginx.mainConfig(dir, siteFile));

        RealTool.Result check = RealTool.run(List.of(nginx, "-t", "-c", main.toString(), "-p", dir + "/"));
        assertEquals(0, check.exitCode(), check.output());
        assertTrue(check.output().contains("test is successful"), check.output());
    }
}
