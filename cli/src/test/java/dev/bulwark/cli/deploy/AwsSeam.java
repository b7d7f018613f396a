package dev.bulwark.cli.deploy;

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
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityRequest;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * Seam doubles of the AWS control plane for the CLI's exit-code tests; AWS has no real counterpart on this machine.
 * An account whose Lightsail region offers only {@code nano_3_0} and that has no stacks; every other call is the
 * SDK interface's default (UnsupportedOperationException), so a test that reaches one fails loudly.
 */
final class AwsSeam {
    private AwsSeam() {
    }

    static AwsClients emptyAccount() {
        StsClient sts = new StsClient() {
            @Override
            public GetCallerIdentityResponse getCallerIdentity(GetCallerIdentityRequest request) {
                return GetCallerIdentityResponse.builder().account("123456789012")
                        .arn("arn:aws:iam::123456789012:user/deployer").build();
            }

            @Override
            public String serviceName() {
                return "sts";
            }

            @Override
            public void close() {
            }
        };
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
        }, sts, new Route53Client() {
            @Override
            public String serviceName() {
                return "route53";
            }

            @Override
            public void close() {
            }
        });
    }
}
