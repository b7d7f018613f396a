package dev.bulwark.advisory;

import java.util.Objects;
import java.util.Optional;

/**
 * The releases an advisory affects, written as in OSV/GitHub advisories: {@code < 2026.1.29} or
 * {@code >= 2026.1.5, < 2026.1.29}. The upper bound is exclusive and always present (an advisory without a fix is
 * still a range up to the release that will fix it, and we only ship advisories with a fixed release).
 */
public record VersionRange(Optional<AgentVersion> introduced, AgentVersion fixedIn) {
    public VersionRange {
        Objects.requireNonNull(introduced, "introduced");
        Objects.requireNonNull(fixedIn, "fixedIn");
        if (introduced.isPresent() && !introduced.get().isBefore(fixedIn)) {
            throw new IllegalArgumentException("empty range: " + introduced.get() + " is not before " + fixedIn);
        }
    }

    /** Parses {@code < X} or {@code >= Y, < X}. */
    public static VersionRange parse(String text) {
        Optional<AgentVersion> lower = Optional.empty();
        AgentVersion upper = null;
        for (String part : text.split(",")) {
            String bound = part.strip();
            if (bound.startsWith(">=")) {
                lower = Optional.of(AgentVersion.of(bound.substring(2)));
            } else if (bound.startsWith("<") && !bound.startsWith("<=")) {
                upper = AgentVersion.of(bound.substring(1));
            } else {
                throw new IllegalArgumentException("'" + text + "' is not a version range; write '< FIXED' or"
                        + " '>= INTRODUCED, < FIXED'");
            }
        }
        if (upper == null) {
            throw new IllegalArgumentException("'" + text + "' has no '< FIXED' upper bound");
        }
        return new VersionRange(lower, upper);
    }

    public boolean contains(AgentVersion version) {
        return version.isBefore(fixedIn) && introduced.map(low -> !version.isBefore(low)).orElse(true);
    }

    /** Whether every release before {@code bound} that this range could start at is affected (no lower bound). */
    public boolean containsEveryReleaseBefore(AgentVersion bound) {
        return introduced.isEmpty() && !fixedIn.isBefore(bound);
    }

    @Override
    public String toString() {
        return introduced.map(low -> ">= " + low + ", ").orElse("") + "< " + fixedIn;
    }
}
