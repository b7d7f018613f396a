package dev.bulwark.cli.deploy;

import dev.bulwark.deploy.FakeRoute53;
import dev.bulwark.deploy.FakeSts;
import dev.bulwark.deploy.aws.AwsClients;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksResponse;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.lightsail.model.Bundle;
import software.amazon.awssdk.services.lightsail.model.GetBundlesRequest;
import software.amazon.awssdk.services.lightsail.model.GetBundlesResponse;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Seam doubles of the AWS control plane for the CLI's exit-code tests; AWS has no real counterpart on this machine.
 * An account whose Lightsail region offers only {@code nano_3_0} and that has no stacks and no hosted zones (STS and
 * Route 53 are the deploy engine's doubles); every other call is the SDK interface's default
 * (UnsupportedOperationException), so a test that reaches one fails loudly.
 */
final class AwsSeam {
    private AwsSeam() {
    }

    static AwsClients emptyAccount() {
        LightsailClient lightsail = new LightsailClient() {
            @Override
            public GetBundlesResponse getBundles(GetBundlesRequest request) {
                return GetBundlesResponse.builder().bundles(Bundle.builder().bundleId("nano_3_0").isActive(true)
                        .build()).build();
            }

            @Override
            public String serviceName() {
                return "lightsail";
            }

            @Override
            public void close() {
            }
        };
        CloudFormationClient cloudFormation = new CloudFormationClient() {
            @Override
            public DescribeStacksResponse describeStacks(DescribeStacksRequest request) {
                throw (CloudFormationException) CloudFormationException.builder().statusCode(400)
                        .awsErrorDetails(AwsErrorDetails.builder().errorCode("ValidationError")
                                .errorMessage("Stack with id " + request.stackName() + " does not exist").build())
                        .build();
            }

            @Override
            public String serviceName() {
                return "cloudformation";
            }

            @Override
            public void close() {
            }
        };
        return new AwsClients(cloudFormation, lightsail, new SecretsManagerClient() {
            @Override
            public String serviceName() {
                return "secretsmanager";
            }

            @Override
            public void close() {
            }
        }, new FakeSts(), new FakeRoute53());
    }
}
