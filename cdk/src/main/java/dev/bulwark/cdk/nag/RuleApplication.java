package dev.bulwark.cdk.nag;

import io.github.cdklabs.cdknag.IApplyRule;
import io.github.cdklabs.cdknag.NagMessageLevel;
import io.github.cdklabs.cdknag.NagRuleCompliance;
import software.amazon.awscdk.CfnResource;

import java.util.List;
import java.util.function.Supplier;

/**
 * Carries one {@link LightsailRule} across jsii to cdk-nag's {@code applyRule}. cdk-nag calls {@link #rule} back
 * in Java; whatever the rule throws travels back to cdk-nag, which reports it as a violation instead of failing.
 *
 * <p>The rule id comes from {@code ruleSuffixOverride}: cdk-nag would otherwise use the JavaScript function name
 * of the callback, which a Java object does not have.
 */
final class RuleApplication implements IApplyRule {

    private final LightsailRule lightsailRule;
    private final Supplier<LightsailResource> resource;
    private final EvidenceLog evidenceLog;
    private CfnResource node;
    private String info;
    private String explanation;
    private NagMessageLevel level;

    RuleApplication(LightsailRule rule, CfnResource node, Supplier<LightsailResource> resource,
                    EvidenceLog evidenceLog) {
        this.lightsailRule = rule;
        this.node = node;
        this.resource = resource;
        this.evidenceLog = evidenceLog;
        this.info = rule.info().title();
        this.explanation = rule.info().description() + " " + rule.info().remediation();
        this.level = rule.blocksSynth() ? NagMessageLevel.ERROR : NagMessageLevel.WARN;
    }

    @Override
    public Object rule(CfnResource checked) {
        String path = checked.getNode().getPath();
        RuleVerdict verdict;
        try {
            verdict = lightsailRule.check(resource.get());
        } catch (RuntimeException e) {
            evidenceLog.record(lightsailRule.info().id(), path,
                    List.of("the rule failed, so the resource is unchecked: " + e));
            throw e;
        }
        if (verdict.isNonCompliant() && !verdict.findingIds().isEmpty()) {
            for (int i = 0; i < verdict.findingIds().size(); i++) {
                evidenceLog.record(lightsailRule.info().id() + "[" + verdict.findingIds().get(i) + "]", path,
                        List.of(verdict.evidence().get(i)));
            }
            return verdict.findingIds(); // cdk-nag reports each as Rule[id]
        }
        if (verdict.isNonCompliant()) {
            evidenceLog.record(lightsailRule.info().id(), path, verdict.evidence());
        }
        return switch (verdict.compliance()) {
            case COMPLIANT -> NagRuleCompliance.COMPLIANT;
            case NON_COMPLIANT -> NagRuleCompliance.NON_COMPLIANT;
            case NOT_APPLICABLE -> NagRuleCompliance.NOT_APPLICABLE;
        };
    }

    @Override
    public String getRuleSuffixOverride() {
        return lightsailRule.suffix();
    }

    @Override
    public void setRuleSuffixOverride(String value) {
        throw new UnsupportedOperationException("the rule id is fixed by the rule");
    }

    @Override
    public String getExplanation() {
        return explanation;
    }

    @Override
    public void setExplanation(String value) {
        this.explanation = value;
    }

    @Override
    public String getInfo() {
        return info;
    }

    @Override
    public void setInfo(String value) {
        this.info = value;
    }

    @Override
    public NagMessageLevel getLevel() {
        return level;
    }

    @Override
    public void setLevel(NagMessageLevel value) {
        this.level = value;
    }

    @Override
    public CfnResource getNode() {
        return node;
    }

    @Override
    public void setNode(CfnResource value) {
        this.node = value;
    }
}
