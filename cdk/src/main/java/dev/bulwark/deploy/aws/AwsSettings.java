package dev.bulwark.deploy.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * How to reach AWS: the region, an optional named profile for the default credential chain, and an optional
 * endpoint (LocalStack or another emulator). Both API-call timeouts are always set.
 *
 * @param region             e.g. {@code us-east-1}
 * @param profile            a profile from {@code ~/.aws/config}, or empty for the default chain
 * @param endpoint           every client's endpoint, or empty for AWS
 * @param apiCallTimeout     one API call including retries
 * @param apiCallAttemptTimeout one HTTP attempt
 */
public record AwsSettings(String region, Optional<String> profile, Optional<URI> endpoint, Duration apiCallTimeout,
                          Duration apiCallAttemptTimeout) {
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_ATTEMPT_TIMEOUT = Duration.ofSeconds(20);

    public AwsSettings {
        profile = profile == null ? Optional.empty() : profile.filter(p -> !p.isBlank());
        endpoint = endpoint == null ? Optional.empty() : endpoint;
    }

    public static AwsSettings of(String region, Optional<String> profile, Optional<URI> endpoint) {
        return new AwsSettings(region, profile, endpoint, DEFAULT_CALL_TIMEOUT, DEFAULT_ATTEMPT_TIMEOUT);
    }
}
