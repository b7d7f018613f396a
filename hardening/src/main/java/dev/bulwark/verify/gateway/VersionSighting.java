package dev.bulwark.verify.gateway;

import dev.bulwark.advisory.AgentVersion;

/**
 * A place where the gateway's version showed to a client without credentials.
 *
 * @param version the version seen
 * @param where   e.g. {@code GET / data-openclaw-control-ui-build-id}
 */
public record VersionSighting(AgentVersion version, String where) {
}
