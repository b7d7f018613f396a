package dev.bulwark.baseline.os;

import dev.bulwark.baseline.BaselineFile;
import dev.bulwark.baseline.RealTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OsBaselineRendererTest {
    private final List<BaselineFile> files = new OsBaselineRenderer().render(6);

    private String content(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().content();
    }

    @ParameterizedTest
    @CsvSource({
            "net.ipv4.conf.all.accept_redirects, 0", "net.ipv6.conf.all.accept_redirects, 0",
            "net.ipv4.conf.all.send_redirects, 0", "net.ipv4.conf.all.accept_source_route, 0",
            "net.ipv4.conf.all.rp_filter, 1", "net.ipv4.ip_forward, 0", "net.ipv4.tcp_syncookies, 1",
            "kernel.kptr_restrict, 2", "kernel.dmesg_restrict, 1", "kernel.unprivileged_bpf_disabled, 1",
            "-kernel.yama.ptrace_scope, 2", "kernel.kexec_load_disabled, 1", "kernel.sysrq, 0",
            "fs.suid_dumpable, 0", "fs.protected_symlinks, 1",
    })
    void render_sysctl_setsServerValue(String key, String value) {
        assertTrue(content(OsBaselineRenderer.SYSCTL_PATH).lines().anyMatch((key + " = " + value)::equals), key);
    }

    @ParameterizedTest
    @CsvSource({"6, 03:30", "2, 23:30", "0, 21:30"})
    void render_snapshotHour_rebootsThreeHoursBefore(int hour, String reboot) {
        String conf = new OsBaselineRenderer().render(hour).stream()
                .filter(f -> f.path().equals(OsBaselineRenderer.UNATTENDED_UPGRADES_PATH)).findFirst()
                .orElseThrow().content();
        assertTrue(conf.contains("Unattended-Upgrade::Automatic-Reboot-Time \"" + reboot + "\";"), conf);
        assertTrue(conf.contains("APT::Periodic::Unattended-Upgrade \"1\";"), conf);
    }

    @Test
    void render_journald_boundsRetention() {
        String conf = content(OsBaselineRenderer.JOURNALD_PATH);
        assertTrue(conf.contains("SystemMaxUse=500M") && conf.contains("MaxRetentionSec=30day"), conf);
    }

    @Test
    void cloudInitSchema_cloudConfigFragment_isValid(@TempDir Path dir) {
        String cloudInit = RealTool.require("cloud-init", "cloud-init");
        Path file = RealTool.write(dir, "99-bulwark.cfg", content(OsBaselineRenderer.CLOUD_CONFIG_PATH));
        RealTool.Result check = RealTool.run(List.of(cloudInit, "schema", "-c", file.toString()));
        assertEquals(0, check.exitCode(), check.output());
        assertTrue(check.output().contains("Valid"), check.output());
    }
}
