package dev.bulwark.deploy.aws;

import dev.bulwark.deploy.DeployException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

import java.util.Locale;

/** Turns an SDK exception into one sentence that says what failed and how to fix it (exit 3: environment). */
public final class AwsErrors {
    private AwsErrors() {
    }

    /**
     * @param action what bulwark was doing, e.g. {@code "creating the change set for bulwark-agent"}
     */
    public static DeployException translate(SdkException e, String action) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String lower = message.toLowerCase(Locale.ROOT);
        if (e instanceof SdkClientException && lower.contains("credential")) {
            return new DeployException(DeployException.Kind.ENVIRONMENT, "no AWS credentials found while "
                    + action + ": run `aws configure` (or `aws sso login --profile P` and pass --profile P), or set"
                    + " AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY", e);
        }
        if (e instanceof ApiCallTimeoutException) {
            return new DeployException(DeployException.Kind.ENVIRONMENT, "AWS did not answer in time while "
                    + action + ": check the network and --endpoint-url, then run the same command again", e);
        }
        if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            String code = service.awsErrorDetails().errorCode();
            String detail = service.awsErrorDetails().errorMessage();
            if (code != null && (code.contains("AccessDenied") || code.contains("UnauthorizedOperation"))) {
                return new DeployException(DeployException.Kind.ENVIRONMENT, "AWS denied access while " + action
                        + " (" + detail + "): attach the policy in docs/iam/deployer-policy.json to the deployer", e);
            }
            if (code != null && (code.contains("ExpiredToken") || code.contains("InvalidClientTokenId")
                    || code.contains("UnrecognizedClient"))) {
                return new DeployException(DeployException.Kind.ENVIRONMENT, "the AWS credentials were rejected"
                        + " while " + action + " (" + code + "): refresh them (e.g. `aws sso login`) and try again", e);
            }
            return new DeployException(DeployException.Kind.ENVIRONMENT, "AWS refused " + action + ": " + code
                    + ": " + detail, e);
        }
        if (e instanceof SdkClientException) {
            return new DeployException(DeployException.Kind.ENVIRONMENT, "cannot reach AWS while " + action + " ("
                    + message + "): check the network, --region and --endpoint-url", e);
        }
        return new DeployException(DeployException.Kind.ENVIRONMENT, "AWS failed while " + action + ": " + message, e);
    }
}
