package dev.bulwark.audit;

import dev.bulwark.verify.Expectations;

/**
 * What a host check knows besides the command output.
 *
 * @param target       the name findings carry, e.g. {@code 203.0.113.10:22}
 * @param expectations from the blueprint (pinned agent version) or defaults
 */
public record HostContext(String target, HostLayout layout, Expectations expectations, int minTokenLength) {
}
