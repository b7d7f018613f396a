package dev.bulwark.baseline.os;

import dev.bulwark.baseline.BaselineFile;
import dev.bulwark.baseline.Template;

import java.util.List;
import java.util.Map;

/**
 * Renders the operating-system part of the baseline: kernel settings for a server, a bounded journal, time sync,
 * daily unattended security upgrades, and a cloud-init fragment that keeps later boots from re-enabling password
 * logins. None of it depends on the blueprint except the reboot time, which follows the snapshot hour so the two
 * never overlap.
 */
public final class OsBaselineRenderer {
    public static final String SYSCTL_PATH = "/etc/sysctl.d/60-bulwark-hardening.conf";
    public static final String JOURNALD_PATH = "/etc/systemd/journald.conf.d/60-bulwark.conf";
    public static final String TIMESYNCD_PATH = "/etc/systemd/timesyncd.conf.d/60-bulwark.conf";
    public static final String UNATTENDED_UPGRADES_PATH = "/etc/apt/apt.conf.d/52bulwark-unattended-upgrades";
    public static final String CLOUD_CONFIG_PATH = "/etc/cloud/cloud.cfg.d/99-bulwark.cfg";

    private static final Map<String, Template> STATIC = Map.of(
            SYSCTL_PATH, Template.of(OsBaselineRenderer.class, "sysctl.conf"),
            JOURNALD_PATH, Template.of(OsBaselineRenderer.class, "journald.conf"),
            TIMESYNCD_PATH, Template.of(OsBaselineRenderer.class, "timesyncd.conf"),
            CLOUD_CONFIG_PATH, Template.of(OsBaselineRenderer.class, "cloud.cfg"));
    private static final Template UNATTENDED = Template.of(OsBaselineRenderer.class, "unattended-upgrades.conf");

    /** @param snapshotHour the UTC hour of the daily snapshot; reboots happen three hours before it */
    public List<BaselineFile> render(int snapshotHour) {
        String rebootTime = String.format("%02d:30", Math.floorMod(snapshotHour - 3, 24));
        return List.of(
                file(SYSCTL_PATH),
                file(JOURNALD_PATH),
                file(TIMESYNCD_PATH),
                new BaselineFile(UNATTENDED_UPGRADES_PATH, "0644", UNATTENDED.render(Map.of("rebootTime", rebootTime))),
                file(CLOUD_CONFIG_PATH));
    }

    private static BaselineFile file(String path) {
        return new BaselineFile(path, "0644", STATIC.get(path).render(Map.of()));
    }
}
