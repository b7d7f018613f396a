package dev.bulwark.deploy.changeset;

/**
 * The CloudFormation resource types deploy decides on (the SDK types them only as strings). A change to any other
 * type is shown as it is and needs no decision.
 */
public enum StackResourceType {
    LIGHTSAIL_INSTANCE("AWS::Lightsail::Instance"),
    LIGHTSAIL_CONTAINER("AWS::Lightsail::Container"),
    LIGHTSAIL_LOAD_BALANCER("AWS::Lightsail::LoadBalancer"),
    IAM_ACCESS_KEY("AWS::IAM::AccessKey");

    private final String cloudFormationName;

    StackResourceType(String cloudFormationName) {
        this.cloudFormationName = cloudFormationName;
    }

    public String cloudFormationName() {
        return cloudFormationName;
    }

    public boolean is(String resourceType) {
        return cloudFormationName.equals(resourceType);
    }
}
