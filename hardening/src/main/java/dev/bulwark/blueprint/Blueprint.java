package dev.bulwark.blueprint;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A validated deployment description. Build one with {@link BlueprintLoader}; every field here has already
 * passed validation, so consumers (stacks, baseline, verifier) can rely on it.
 *
 * @param container the container service in {@link Mode#CONTAINER}, {@code null} in instance mode
 * @param access    who can reach the gateway: private (the default) or public behind an allowlist or SSO
 * @param source    where it was read from, and where each field sits in that file
 * @param warnings  things that are valid but weaken the deployment (e.g. SSH open to 0.0.0.0/0); the rule pack
 *                  turns the same conditions into findings, these carry file:line:column and a hint
 */
public record Blueprint(
        String name,
        String region,
        Mode mode,
        String bundle,
        String availabilityZone,
        Agent agent,
        Domain domain,
        Admin admin,
        Tls tls,
        Network network,
        Secrets secrets,
        Snapshots snapshots,
        Container container,
        Access access,
        Map<String, String> tags,
        BlueprintSource source,
        List<SourceProblem> warnings) {

    /** An instance-mode blueprint (no {@code container:} section). */
    public Blueprint(String name, String region, Mode mode, String bundle, String availabilityZone, Agent agent,
                     Domain domain, Admin admin, Tls tls, Network network, Secrets secrets, Snapshots snapshots,
                     Map<String, String> tags, BlueprintSource source, List<SourceProblem> warnings) {
        this(name, region, mode, bundle, availabilityZone, agent, domain, admin, tls, network, secrets, snapshots, null,
                Access.PRIVATE, tags, source, warnings);
    }

    /** A blueprint without an {@code access:} section: private (instance mode). */
    public Blueprint(String name, String region, Mode mode, String bundle, String availabilityZone, Agent agent,
                     Domain domain, Admin admin, Tls tls, Network network, Secrets secrets, Snapshots snapshots,
                     Container container, Map<String, String> tags, BlueprintSource source,
                     List<SourceProblem> warnings) {
        this(name, region, mode, bundle, availabilityZone, agent, domain, admin, tls, network, secrets, snapshots,
                container, Access.PRIVATE, tags, source, warnings);
    }

    public Blueprint {
        access = access == null ? Access.PRIVATE : access;
        tags = tags == null ? Map.of() : Map.copyOf(tags);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public Path file() {
        return source.file();
    }
}
