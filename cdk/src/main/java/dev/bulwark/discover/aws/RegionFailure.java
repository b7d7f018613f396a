package dev.bulwark.discover.aws;

/**
 * A region (or one service in it) that could not be read: reported, never silently skipped.
 *
 * @param region  e.g. {@code ap-east-1}
 * @param service {@code lightsail} or {@code ec2}
 * @param message what AWS said, e.g. an opted-out region or an access denial
 */
public record RegionFailure(String region, String service, String message) {
}
