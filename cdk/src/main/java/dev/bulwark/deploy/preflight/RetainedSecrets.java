package dev.bulwark.deploy.preflight;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.Secrets;
import dev.bulwark.deploy.DeployException;
import dev.bulwark.deploy.aws.AwsErrors;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

import java.util.ArrayList;
import java.util.List;

/**
 * Before a stack is created: the provider-key secrets it creates by name must not exist yet. The stack retains them
 * on delete and {@code bulwark destroy} schedules them for deletion with a recovery window, so after a destroy (or a
 * failed first create) {@code CreateSecret} of the same name fails, "scheduled for deletion" for 7-30 days or
 * "already exists", and CloudFormation rolls the whole create back. Seen here, nothing has been created yet.
 */
public final class RetainedSecrets {
    private RetainedSecrets() {
    }

    public static void check(SecretsManagerClient secretsManager, Blueprint blueprint) {
        List<String> blocking = new ArrayList<>();
        for (Secrets.ProviderKey key : blueprint.secrets().providerKeys()) {
            DescribeSecretResponse secret;
            try {
                secret = secretsManager.describeSecret(b -> b.secretId(key.secretName()));
            } catch (ResourceNotFoundException e) {
                continue; // free: the stack can create it
            } catch (AwsServiceException e) {
                if (accessDenied(e)) {
                    // The deployer policy reads only secrets tagged bulwark:blueprint, and every secret a bulwark
                    // stack made carries it: a denied read is a free name (or someone else's, which the create
                    // reports itself), never one of ours left behind.
                    continue;
                }
                throw AwsErrors.translate(e, "checking whether secret " + key.secretName() + " is left from before");
            } catch (SdkException e) {
                throw AwsErrors.translate(e, "checking whether secret " + key.secretName() + " is left from before");
            }
            blocking.add(secret.deletedDate() != null
                    ? key.secretName() + " (scheduled for deletion since " + secret.deletedDate() + ")"
                    : key.secretName() + " (exists, kept from an earlier deployment)");
        }
        if (!blocking.isEmpty()) {
            // Restoring a scheduled secret does not help: the stack's CreateSecret still finds the name taken.
            throw DeployException.environment("the stack would create secret(s) that are still in Secrets Manager: "
                    + String.join(", ", blocking) + "; CloudFormation cannot create a secret of the same name. Delete"
                    + " them now with `bulwark destroy " + blueprint.file() + " --force-delete-secrets` (nothing else"
                    + " is left to delete; the provider keys are gone with them, give them again with --secrets-from)"
                    + ", then deploy again");
        }
    }

    private static boolean accessDenied(AwsServiceException e) {
        return e.awsErrorDetails() != null && "AccessDeniedException".equals(e.awsErrorDetails().errorCode());
    }
}
