package dev.bulwark.cli.deploy;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.cli.ExitCode;
import dev.bulwark.cli.UserException;
import dev.bulwark.deploy.aws.AwsSettings;
import picocli.CommandLine.Option;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** The AWS options deploy, status and destroy share: credentials profile, region check, emulator endpoint. */
public final class AwsOptions {
    @Option(names = "--profile", paramLabel = "PROFILE",
            description = "Named profile for the default AWS credential chain (default: the chain's own choice).")
    String profile;

    @Option(names = "--region", paramLabel = "REGION",
            description = "AWS region; must match the blueprint's `region:` (default: the blueprint's).")
    String region;

    @Option(names = "--endpoint-url", paramLabel = "URL",
            description = "Send every AWS call to this endpoint (LocalStack or another emulator).")
    String endpointUrl;

    /** The settings for {@code blueprint}; a --region that disagrees with it is a usage error. */
    public AwsSettings settings(Blueprint blueprint) {
        if (region != null && !region.equals(blueprint.region())) {
            throw new UserException(ExitCode.USAGE, "--region " + region + " disagrees with the blueprint's region "
                    + blueprint.region() + ": drop --region or change `region:` in " + blueprint.file());
        }
        return AwsSettings.of(blueprint.region(), Optional.ofNullable(profile), endpoint());
    }

    private Optional<URI> endpoint() {
        if (endpointUrl == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(endpointUrl);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new URISyntaxException(endpointUrl, "needs a scheme and a host");
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            throw new UserException(ExitCode.USAGE, "--endpoint-url '" + endpointUrl + "' is not a URL ("
                    + e.getReason() + "): e.g. http://localhost:4566");
        }
    }
}
