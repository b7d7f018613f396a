package dev.bulwark.baseline;

import dev.bulwark.baseline.agent.InstallPolicyRenderer;
import dev.bulwark.baseline.agent.NodeRuntime;
import dev.bulwark.baseline.agent.OpenClawConfigRenderer;
import dev.bulwark.baseline.firewall.NftablesRenderer;
import dev.bulwark.baseline.os.OsBaselineRenderer;
import dev.bulwark.baseline.proxy.NginxSite;
import dev.bulwark.baseline.proxy.NginxSiteRenderer;
import dev.bulwark.baseline.ssh.SshdConfigRenderer;
import dev.bulwark.baseline.systemd.GatewayUnitRenderer;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.policy.HardeningPolicy;

import java.util.ArrayList;
import java.util.List;

/**
 * What instance mode installs on the box, rendered from a blueprint and the hardening policy: one renderer per
 * artifact, collected here in install order. Takes no secret: secrets reach the host later, as systemd
 * credentials written by {@code bulwark deploy}.
 */
public final class HostBaseline {
    /** Records which agent the host runs and whether the baseline finished ({@code pending} → {@code applied}). */
    public static final String AGENT_RECORD_PATH = "/etc/bulwark/agent.env";

    private final HardeningPolicy policy;

    public HostBaseline(HardeningPolicy policy) {
        this.policy = policy;
    }

    public static HostBaseline withDefaultPolicy() {
        return new HostBaseline(HardeningPolicy.defaults());
    }

    public RenderedBaseline render(Blueprint blueprint) {
        List<BaselineFile> files = new ArrayList<>();
        files.add(new BaselineFile(AGENT_RECORD_PATH, "0644", "BULWARK_AGENT_KIND=" + blueprint.agent().kind()
                + "\nBULWARK_AGENT_VERSION=" + blueprint.agent().version() + "\nBULWARK_BASELINE=pending\n"));
        files.addAll(new OsBaselineRenderer().render(blueprint.snapshots().autoSnapshotHour()));
        files.add(new SshdConfigRenderer(policy.ssh()).render(blueprint.admin(), blueprint.agent().port()));
        files.add(new NftablesRenderer(policy).render(blueprint.admin()));
        files.add(new OpenClawConfigRenderer().render(blueprint.agent(), blueprint.domain(), blueprint.access()));
        files.add(new InstallPolicyRenderer().render(blueprint.agent()));
        files.addAll(new GatewayUnitRenderer().render(blueprint.agent(), blueprint.secrets()));
        files.addAll(new NginxSiteRenderer().render(NginxSite.forBlueprint(blueprint, policy)));
        return new RenderedBaseline(files);
    }

    /** The install script for {@code blueprint}: the rendered files plus the commands that activate them. */
    public String installScript(Blueprint blueprint) {
        return new InstallScriptRenderer().render(blueprint, render(blueprint), NodeRuntime.DEFAULT);
    }
}
