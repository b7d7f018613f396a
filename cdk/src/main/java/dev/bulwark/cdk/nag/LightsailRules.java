package dev.bulwark.cdk.nag;

import java.util.List;

/** The standard rule set of {@link LightsailHardeningChecks}, in the order findings are easiest to read. */
public final class LightsailRules {

    private LightsailRules() {
    }

    public static List<LightsailRule> standard(LightsailHardeningProps props) {
        return List.of(
                new SshWorldOpenRule(props),
                new SshBeyondAdminCidrsRule(props),
                new GatewayPortPublicRule(props),
                new AdminPortPublicRule(props),
                new WorldOpenPortRule(props),
                new DefaultFirewallRule(),
                new SecretInTemplateRule(),
                new ContainerEnvironmentSecretRule(),
                new ContainerGatewayPublicRule(props),
                new ContainerImageNotPinnedRule(),
                new ContainerHealthCheckMissingRule(),
                new LoadBalancerTlsPolicyRule(props),
                new HttpsRedirectRule(),
                new DefaultKeyPairRule(),
                new AutoSnapshotRule(),
                new PublicGatewayOpenToAllRule());
    }
}
