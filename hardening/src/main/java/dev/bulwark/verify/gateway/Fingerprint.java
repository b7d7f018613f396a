package dev.bulwark.verify.gateway;

import dev.bulwark.advisory.AgentVersion;
import java.util.List;
import java.util.Optional;

/**
 * Which gateway answered and which release it is, as far as can be seen from outside.
 *
 * @param brand          the brand seen, if any
 * @param brandEvidence  where the brand showed (page markers, client ids the gateway accepted)
 * @param sightings      every place a version showed, most trustworthy first
 */
public record Fingerprint(Optional<Brand> brand, List<String> brandEvidence, List<VersionSighting> sightings) {
    public Fingerprint {
        brandEvidence = List.copyOf(brandEvidence);
        sightings = List.copyOf(sightings);
    }

    public static Fingerprint none() {
        return new Fingerprint(Optional.empty(), List.of(), List.of());
    }

    /** The version, from the most trustworthy sighting. */
    public Optional<AgentVersion> version() {
        return sightings.stream().map(VersionSighting::version).findFirst();
    }
}
