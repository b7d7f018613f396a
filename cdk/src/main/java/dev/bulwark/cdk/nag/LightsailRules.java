package dev.bulwark.cdk.nag;

import java.util.List;

/** The standard rule set of {@link LightsailHardeningChecks}, in the order findings are easiest to read. */
public final class LightsailRules {

    private LightsailRules() {
    }

    public static List<LightsailRule> standard(LightsailHardeningProps props) {
        return List.of(
                new SshWorldOpenRule(),
                new SshBeyondAdminCidrsRule(props),
                new GatewayPortPublicRule(props),
                new WorldOpenPortRule(),
                new DefaultFirewallRule(),
                new SecretInTemplateRule(),
                new ContainerEnvironmentSecretRule(),
                new LoadBalancerTlsPolicyRule(),
                new HttpsRedirectRule(),
                new DefaultKeyPairRule(),
                new AutoSnapshotRule());
    }
}
