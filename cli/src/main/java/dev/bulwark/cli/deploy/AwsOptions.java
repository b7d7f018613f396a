package dev.bulwark.cli.deploy;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.cli.ExitCode;
import dev.bulwark.cli.UserException;
import dev.bulwark.deploy.aws.AwsSettings;
import picocli.CommandLine.Option;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Optional;

/** The AWS options deploy, status, destroy and tunnel share: credentials profile, region check, emulator endpoint. */
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
        return settings(blueprint, AwsSettings.DEFAULT_CALL_TIMEOUT);
    }

    /**
     * Same, with both API-call timeouts within {@code timeout} (a call gets at most the SDK defaults, 60 s with
     * retries and 20 s an attempt, so a long --timeout does not make one silent call wait longer).
     */
    public AwsSettings settings(Blueprint blueprint, Duration timeout) {
        if (region != null && !region.equals(blueprint.region())) {
            throw new UserException(ExitCode.USAGE, "--region " + region + " disagrees with the blueprint's region "
                    + blueprint.region() + ": drop --region or change `region:` in " + blueprint.file());
        }
        return new AwsSettings(blueprint.region(), Optional.ofNullable(profile), endpoint(),
                min(timeout, AwsSettings.DEFAULT_CALL_TIMEOUT), min(timeout, AwsSettings.DEFAULT_ATTEMPT_TIMEOUT));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
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
