package dev.bulwark.blueprint;

import java.nio.file.Path;
import java.util.Map;

/**
 * A validated deployment description. Build one with {@link BlueprintLoader}; every field here has already
 * passed validation, so consumers (stacks, baseline, verifier) can rely on it.
 *
 * @param source    where it was read from, and where each field sits in that file
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
        Map<String, String> tags,
        BlueprintSource source) {

    public Blueprint {
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }

    public Path file() {
        return source.file();
    }
}
