package dev.bulwark.deploy.preflight;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.cdk.instance.HardenedInstance;
import dev.bulwark.deploy.Console;
import dev.bulwark.deploy.DeployException;
import dev.bulwark.deploy.aws.AwsClients;
import dev.bulwark.deploy.aws.AwsErrors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lightsail.model.Bundle;
import software.amazon.awssdk.services.lightsail.model.GetBlueprintsRequest;
import software.amazon.awssdk.services.lightsail.model.GetBundlesRequest;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

import java.util.List;

/**
 * Checks everything a deploy needs before it changes anything, each failure one sentence with its fix: Node.js for
 * the CDK, credentials (printed as the caller identity), the region, the bundle and the OS blueprint. All calls are
 * read-only.
 */
public final class Preflight {
    /** Runs the Node.js check; {@code NodeRuntime::check} in production. */
    @FunctionalInterface
    public interface NodeCheck {
        void check() throws Exception;
    }

    private final AwsClients aws;
    private final NodeCheck node;
    private final Console console;

    public Preflight(AwsClients aws, NodeCheck node, Console console) {
        this.aws = aws;
        this.node = node;
        this.console = console;
    }

    public CallerIdentity check(Blueprint blueprint) {
        CallerIdentity identity = account(blueprint);
        checkBundle(blueprint);
        checkOsBlueprint(blueprint);
        return identity;
    }

    /** What every mode needs: Node.js for the CDK and working credentials, printed as the caller identity. */
    public CallerIdentity account(Blueprint blueprint) {
        checkNode();
        CallerIdentity identity = identity();
        console.line("AWS account " + identity.account() + " as " + identity.arn() + ", region " + blueprint.region());
        return identity;
    }

    /** The caller identity alone: status and destroy need credentials but not Node or the bundle. */
    public CallerIdentity identity() {
        try {
            GetCallerIdentityResponse who = aws.sts().getCallerIdentity();
            return new CallerIdentity(who.account(), who.arn());
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "asking STS who the caller is");
        }
    }

    private void checkNode() {
        try {
            node.check();
        } catch (Exception e) {
            throw new DeployException(DeployException.Kind.ENVIRONMENT, e.getMessage(), e);
        }
    }

    private void checkBundle(Blueprint blueprint) {
        List<Bundle> bundles;
        try {
            bundles = aws.lightsail().getBundles(GetBundlesRequest.builder().includeInactive(false).build()).bundles();
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "listing Lightsail bundles in " + blueprint.region());
        }
        boolean offered = bundles.stream().anyMatch(b -> blueprint.bundle().equals(b.bundleId())
                && !Boolean.FALSE.equals(b.isActive()));
        if (!offered) {
            List<String> ids = bundles.stream().map(Bundle::bundleId).sorted().toList();
            throw DeployException.usage("bundle '" + blueprint.bundle() + "' is not offered in " + blueprint.region()
                    + ": set `bundle:` in " + blueprint.file() + " to one of " + String.join(", ", ids));
        }
    }

    private void checkOsBlueprint(Blueprint blueprint) {
        boolean offered;
        try {
            offered = aws.lightsail().getBlueprints(GetBlueprintsRequest.builder().includeInactive(false).build())
                    .blueprints().stream()
                    .anyMatch(b -> HardenedInstance.BLUEPRINT_ID.equals(b.blueprintId()));
        } catch (SdkException e) {
            throw AwsErrors.translate(e, "listing Lightsail blueprints in " + blueprint.region());
        }
        if (!offered) {
            throw DeployException.environment("Lightsail does not offer the OS image " + HardenedInstance.BLUEPRINT_ID
                    + " in " + blueprint.region() + ": choose another `region:` in " + blueprint.file());
        }
    }
}
