package dev.bulwark.deploy.registry;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image reference in a private Amazon ECR registry,
 * {@code <account>.dkr.ecr.<region>.amazonaws.com[.cn]/<repository>[:tag][@digest]}, taken apart into what the ECR
 * repository policy calls need.
 *
 * @param image      the reference as the blueprint gives it
 * @param account    the registry's account (ECR's {@code registryId})
 * @param region     the registry's region
 * @param repository the repository name, which may contain slashes
 */
public record EcrImage(String image, String account, String region, String repository) {
    private static final Pattern REFERENCE = Pattern.compile(
            "(\\d{12})\\.dkr\\.ecr\\.([a-z0-9-]+)\\.amazonaws\\.com(?:\\.cn)?/([a-z0-9._/-]+?)(?::[\\w.-]+)?(?:@.+)?");

    /** The private ECR image {@code image} names, or empty when it is not one (a public registry). */
    public static Optional<EcrImage> parse(String image) {
        Matcher m = REFERENCE.matcher(image);
        return m.matches() ? Optional.of(new EcrImage(image, m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }

    /** How messages name it: {@code repository (account/region)}. */
    public String describe() {
        return repository + " (account " + account + ", " + region + ")";
    }
}
