package dev.bulwark.cdk.nag;

import io.github.cdklabs.cdknag.NagPack;
import io.github.cdklabs.cdknag.NagPackProps;
import software.amazon.awscdk.CfnResource;
import software.constructs.IConstruct;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The cdk-nag 3 pack for Lightsail, which cdk-nag itself does not cover: firewall exposure, TLS policy, HTTPS
 * redirect, snapshots, secrets in templates and the default key pair. Register it with
 * {@code Validations.of(app).addPlugins(new LightsailHardeningChecks(app, props))}; findings appear in the cloud
 * assembly's {@code validation-report.json} under the plugin name {@value LightsailRule#PACK_NAME}.
 */
public class LightsailHardeningChecks extends NagPack {

    private final List<LightsailRule> rules;
    private final Function<CfnResource, LightsailResource> reader = new TemplateResourceReader();
    private final EvidenceLog evidenceLog = new EvidenceLog();

    public LightsailHardeningChecks(IConstruct scope, LightsailHardeningProps props) {
        this(scope, LightsailRules.standard(props));
    }

    /** A pack with exactly {@code rules}; for tests and for callers that choose their own rule set. */
    public LightsailHardeningChecks(IConstruct scope, List<LightsailRule> rules) {
        super(scope, NagPackProps.builder().verbose(true).build());
        this.rules = List.copyOf(rules);
        setPackName(LightsailRule.PACK_NAME);
    }

    @Override
    public String getName() {
        return LightsailRule.PACK_NAME;
    }

    @Override
    protected void checkResource(CfnResource node) {
        Supplier<LightsailResource> resource = new Supplier<>() {
            private LightsailResource read; // read once per resource, not once per rule

            @Override
            public LightsailResource get() {
                if (read == null) {
                    read = reader.apply(node);
                }
                return read;
            }
        };
        for (LightsailRule rule : rules) {
            applyRule(new RuleApplication(rule, node, resource, evidenceLog));
        }
    }

    public List<LightsailRule> rules() {
        return rules;
    }

    /** Per-resource detail of the last validation, keyed by rule id and construct path. */
    public EvidenceLog evidenceLog() {
        return evidenceLog;
    }
}
