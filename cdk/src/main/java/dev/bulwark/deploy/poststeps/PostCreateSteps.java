package dev.bulwark.deploy.poststeps;

import dev.bulwark.cdk.instance.DeploySteps;
import dev.bulwark.deploy.Console;
import dev.bulwark.deploy.DeployException;
import dev.bulwark.deploy.aws.AwsErrors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.lightsail.model.HttpTokens;
import software.amazon.awssdk.services.lightsail.model.IpAddressType;
import software.amazon.awssdk.services.lightsail.model.NotFoundException;

import java.util.List;

/**
 * The Lightsail calls CloudFormation cannot make ({@link DeploySteps}): before create the instance's key pair,
 * after create IMDSv2-required and IPv4-only. Each is idempotent, so a resumed deploy may run it again.
 */
public final class PostCreateSteps {
    private final LightsailClient lightsail;
    private final Console console;

    public PostCreateSteps(LightsailClient lightsail, Console console) {
        this.lightsail = lightsail;
        this.console = console;
    }

    /**
     * Makes the key pair the template names, unless it exists. A created (not imported) key pair's private half is
     * dropped unread: nobody can log in with it, and the admin's key is installed by the host baseline.
     */
    public void preCreate(List<DeploySteps.Step> steps, java.util.Optional<String> adminPublicKey) {
        for (DeploySteps.Step step : steps) {
            String name = step.argument();
            if (keyPairExists(name)) {
                continue;
            }
            try {
                if (DeploySteps.IMPORT_KEY_PAIR.equals(step.action())) {
                    String key = adminPublicKey.orElseThrow(() -> DeployException.usage("the template asks to import"
                            + " the admin key but the blueprint has no admin.publicKey: set it and deploy again"));
                    lightsail.importKeyPair(b -> b.keyPairName(name).publicKeyBase64(key));
                    console.line("Imported the admin's RSA key as key pair " + name + ".");
                } else if (DeploySteps.CREATE_KEY_PAIR.equals(step.action())) {
                    lightsail.createKeyPair(b -> b.keyPairName(name)); // private key in the response: not kept
                    console.line("Created sealed key pair " + name + " (its private key was discarded).");
                } else {
                    throw unknown(step);
                }
            } catch (SdkException e) {
                throw AwsErrors.translate(e, step.action() + " " + name);
            }
        }
    }

    public void postCreate(String instanceName, List<DeploySteps.Step> steps) {
        for (DeploySteps.Step step : steps) {
            try {
                if (step.equals(DeploySteps.REQUIRE_IMDSV2)) {
                    lightsail.updateInstanceMetadataOptions(b -> b.instanceName(instanceName)
                            .httpTokens(HttpTokens.REQUIRED));
                    console.line("Instance " + instanceName + ": IMDSv2 required.");
                } else if (step.equals(DeploySteps.IPV4_ONLY)) {
                    lightsail.setIpAddressType(b -> b.resourceType("Instance").resourceName(instanceName)
                            .ipAddressType(IpAddressType.IPV4));
                    console.line("Instance " + instanceName + ": IPv4 only.");
                } else {
                    throw unknown(step);
                }
            } catch (SdkException e) {
                throw AwsErrors.translate(e, step.action() + " on instance " + instanceName);
            }
        }
    }

    private boolean keyPairExists(String name) {
        try {
            lightsail.getKeyPair(b -> b.keyPairName(name));
            return true;
        } catch (NotFoundException e) {
            return false;
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "looking up key pair " + name);
        }
    }

    private static DeployException unknown(DeploySteps.Step step) {
        return DeployException.usage("unknown deploy step '" + step + "': upgrade bulwark to the version that"
                + " synthesized the template");
    }
}
