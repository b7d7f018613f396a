package dev.bulwark.deploy;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityRequest;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/** Seam test double of STS (no real counterpart here): a fixed identity, or the SDK's no-credentials failure. */
public final class FakeSts implements StsClient {
    boolean credentials = true;

    @Override
    public GetCallerIdentityResponse getCallerIdentity(GetCallerIdentityRequest request) {
        if (!credentials) {
            throw SdkClientException.create("Unable to load credentials from any of the providers in the chain"
                    + " AwsCredentialsProviderChain");
        }
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
}
