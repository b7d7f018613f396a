package dev.bulwark.baseline.container;

import dev.bulwark.baseline.RealTool;
import dev.bulwark.baseline.proxy.MinimalNginx;
import dev.bulwark.baseline.proxy.NginxSite;
import dev.bulwark.policy.HardeningPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProxyLaunchTest {
    private final Map<String, String> env = ContainerBaseline.forBlueprint(ContainerFixtures.sample(),
            HardeningPolicy.defaults()).proxy().environment();

    /**
     * What the proxy container writes, checked by the real nginx: the decoded site inside a main config like the
     * stock image's ({@code include} in the http context), only the parameters file moved to the temp dir.
     */
    @Test
    void nginxTest_containerSiteFromEnvironment_isAcceptedByRealNginx(@TempDir Path dir) {
        String nginx = RealTool.require("nginx", "nginx");
        Path params = RealTool.write(dir, "proxy-params.conf", decode(env.get(ProxyLaunch.PARAMS_ENV)));
        Path site = RealTool.write(dir, "site.conf", decode(env.get(ProxyLaunch.SITE_ENV))
                .replace(NginxSite.PROXY_PARAMS_PATH, params.toString()));
        Path main = RealTool.write(dir, "nginx.conf", MinimalNginx.mainConfig(dir, site));

        RealTool.Result check = RealTool.run(List.of(nginx, "-t", "-c", main.toString(), "-p", dir + "/"));
        assertEquals(0, check.exitCode(), check.output());
        assertTrue(check.output().contains("test is successful"), check.output());
    }

    @Test
    void shellcheck_launchScript_isClean(@TempDir Path dir) {
        String shellcheck = RealTool.require("shellcheck", "shellcheck");
        Path script = RealTool.write(dir, "launch.sh", "#!/bin/sh\n" + ProxyLaunch.SCRIPT + "\n");
        RealTool.Result check = RealTool.run(List.of(shellcheck, "--shell=sh", "--severity=style", script.toString()));
        assertEquals(0, check.exitCode(), check.output());
    }

    /** The negative control: shellcheck does flag an unquoted expansion like the ones the script avoids. */
    @Test
    void shellcheck_unquotedVariable_isFlagged(@TempDir Path dir) {
        String shellcheck = RealTool.require("shellcheck", "shellcheck");
        Path script = RealTool.write(dir, "launch.sh", "#!/bin/sh\n"
                + ProxyLaunch.SCRIPT.replace("\"$" + ProxyLaunch.SITE_ENV + "\"", "$" + ProxyLaunch.SITE_ENV) + "\n");
        RealTool.Result check = RealTool.run(List.of(shellcheck, "--shell=sh", "--severity=style", script.toString()));
        assertEquals(1, check.exitCode(), check.output());
    }

    @Test
    void script_writesWhereTheSiteIsIncludedAndRunsNginxInForeground() {
        assertTrue(ProxyLaunch.SCRIPT.contains("> " + NginxSite.SITE_PATH), ProxyLaunch.SCRIPT);
        assertTrue(ProxyLaunch.SCRIPT.contains("> " + NginxSite.PROXY_PARAMS_PATH), ProxyLaunch.SCRIPT);
        assertTrue(ProxyLaunch.SCRIPT.startsWith("set -eu; rm -f /etc/nginx/conf.d/*.conf; "), ProxyLaunch.SCRIPT);
        assertTrue(ProxyLaunch.SCRIPT.endsWith("nginx -t -q; exec nginx -g 'daemon off;'"), ProxyLaunch.SCRIPT);
    }

    @Test
    void environment_paramsElsewhere_isRefused() {
        NginxSite site = new NginxSite("8080", 18789, List.of("https://a.example"), 1, List.of(), "/tmp/params.conf");
        assertThrows(IllegalArgumentException.class, () -> ProxyLaunch.environment(site));
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
