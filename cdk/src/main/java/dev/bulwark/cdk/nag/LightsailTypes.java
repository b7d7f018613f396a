package dev.bulwark.cdk.nag;

/** CloudFormation type names of the Lightsail resources the rules look at. */
final class LightsailTypes {
    static final String INSTANCE = "AWS::Lightsail::Instance";
    static final String LOAD_BALANCER = "AWS::Lightsail::LoadBalancer";
    static final String LOAD_BALANCER_CERTIFICATE = "AWS::Lightsail::LoadBalancerTlsCertificate";
    static final String CONTAINER = "AWS::Lightsail::Container";
    static final String CDK_METADATA = "AWS::CDK::Metadata";

    private LightsailTypes() {
    }
}
