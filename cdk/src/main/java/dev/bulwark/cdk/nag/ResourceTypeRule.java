package dev.bulwark.cdk.nag;

import dev.bulwark.findings.RuleInfo;

/** A rule about one CloudFormation resource type: every other resource is not applicable to it. */
abstract class ResourceTypeRule implements LightsailRule {

    private final RuleInfo info;
    private final String type;

    ResourceTypeRule(RuleInfo info, String type) {
        this.info = info;
        this.type = type;
    }

    @Override
    public final RuleInfo info() {
        return info;
    }

    @Override
    public final RuleVerdict check(LightsailResource resource) {
        return resource.is(type) ? checkApplicable(resource) : RuleVerdict.notApplicable();
    }

    /** The verdict on one resource of this rule's type. */
    abstract RuleVerdict checkApplicable(LightsailResource resource);
}
