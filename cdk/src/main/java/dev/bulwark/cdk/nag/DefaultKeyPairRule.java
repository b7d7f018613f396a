package dev.bulwark.cdk.nag;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;

/**
 * An instance without {@code KeyPairName} trusts the region's Lightsail default key pair, whose private key
 * anyone with console or {@code DownloadDefaultKeyPair} access can fetch.
 *
 * <p>Decision: this matters only while SSH is reachable. With no public entry for TCP 22 (and a non-default
 * firewall) the default key cannot be used from outside, so the rule is compliant then; the exposure checks
 * still report the moment SSH opens, and this rule fires with them.
 */
final class DefaultKeyPairRule extends ResourceTypeRule {

    static final RuleInfo INFO = LightsailRule.describe("DefaultKeyPair", Severity.MEDIUM,
            "Instance with public SSH uses the Lightsail default key pair",
            "The default key pair is shared by every instance in the region that does not name its own, and its "
                    + "private key can be downloaded by anyone with Lightsail console access.",
            "Import the admin's own public key as a Lightsail key pair and set KeyPairName, or close SSH.");

    DefaultKeyPairRule() {
        super(INFO, LightsailTypes.INSTANCE);
    }

    @Override
    RuleVerdict checkApplicable(LightsailResource resource) {
        String keyPair = resource.property("KeyPairName").asText("");
        if (!keyPair.isBlank()) {
            return RuleVerdict.compliant();
        }
        if (DefaultFirewallRule.hasNoPorts(resource)) {
            return RuleVerdict.nonCompliant("no KeyPairName, and the default firewall keeps tcp/22 open");
        }
        boolean publicSsh = FirewallPort.of(resource).stream().anyMatch(p -> p.coversTcp(SshWorldOpenRule.SSH)
                && !p.privateAccess() && (!p.publicSources().isEmpty() || !p.aliases().isEmpty()));
        return publicSsh ? RuleVerdict.nonCompliant("no KeyPairName while tcp/22 is open in the public firewall")
                : RuleVerdict.compliant();
    }
}
