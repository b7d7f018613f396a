package dev.bulwark.advisory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One interval of releases an advisory affects, with OSV's bounds: {@code introduced} (inclusive, absent = every
 * earlier release), then either {@code fixed} (exclusive) or {@code lastAffected} (inclusive), or neither when no
 * fix is known. Written {@code < 2026.1.29}, {@code >= 2026.1.5, < 2026.1.29}, {@code <= 2026.2.19-2} or
 * {@code = 2026.4.23}; the order is {@link AgentVersion}'s (hotfix {@code -N} after its release, {@code -beta.N}
 * before it), not npm semver's.
 */
public record VersionRange(Optional<AgentVersion> introduced, Optional<AgentVersion> fixed,
                           Optional<AgentVersion> lastAffected) {
    public VersionRange {
        Objects.requireNonNull(introduced, "introduced");
        Objects.requireNonNull(fixed, "fixed");
        Objects.requireNonNull(lastAffected, "lastAffected");
        if (fixed.isPresent() && lastAffected.isPresent()) {
            throw new IllegalArgumentException("a range has a fixed or a last affected release, not both");
        }
        if (introduced.isPresent() && fixed.isPresent() && !introduced.get().isBefore(fixed.get())) {
            throw new IllegalArgumentException("empty range: " + introduced.get() + " is not before " + fixed.get());
        }
        if (introduced.isPresent() && lastAffected.isPresent() && lastAffected.get().isBefore(introduced.get())) {
            throw new IllegalArgumentException("empty range: " + lastAffected.get() + " is before "
                    + introduced.get());
        }
    }

    /** Every release before {@code fixed}. */
    public static VersionRange before(AgentVersion fixed) {
        return new VersionRange(Optional.empty(), Optional.of(fixed), Optional.empty());
    }

    /** Parses {@code < X}, {@code <= X}, {@code >= Y, < X}, {@code >= Y, <= X}, {@code >= Y} or {@code = X}. */
    public static VersionRange parse(String text) {
        Optional<AgentVersion> lower = Optional.empty();
        Optional<AgentVersion> fixed = Optional.empty();
        Optional<AgentVersion> last = Optional.empty();
        for (String part : text.split(",")) {
            String bound = part.strip();
            if (bound.startsWith(">=")) {
                lower = Optional.of(AgentVersion.of(bound.substring(2)));
            } else if (bound.startsWith("<=")) {
                last = Optional.of(AgentVersion.of(bound.substring(2)));
            } else if (bound.startsWith("<")) {
                fixed = Optional.of(AgentVersion.of(bound.substring(1)));
            } else if (bound.startsWith("=")) {
                AgentVersion exact = AgentVersion.of(bound.substring(1));
                lower = Optional.of(exact);
                last = Optional.of(exact);
            } else {
                throw new IllegalArgumentException("'" + text + "' is not a version range; write '< FIXED',"
                        + " '<= LAST_AFFECTED', '>= INTRODUCED, < FIXED' or '= RELEASE'");
            }
        }
        if (fixed.isEmpty() && last.isEmpty() && lower.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' has no bound");
        }
        return new VersionRange(lower, fixed, last);
    }

    /** Parses a list of ranges separated by {@code ||}. */
    public static List<VersionRange> parseAll(String text) {
        List<VersionRange> ranges = new ArrayList<>();
        for (String part : text.split("\\|\\|")) {
            ranges.add(parse(part));
        }
        return ranges;
    }

    public boolean contains(AgentVersion version) {
        boolean aboveLower = introduced.map(low -> !version.isBefore(low)).orElse(true);
        boolean belowUpper = fixed.map(version::isBefore).orElse(true)
                && lastAffected.map(last -> !last.isBefore(version)).orElse(true);
        return aboveLower && belowUpper;
    }

    /** Whether every release before {@code bound} is affected (no lower bound, and the range reaches the bound). */
    public boolean containsEveryReleaseBefore(AgentVersion bound) {
        return introduced.isEmpty() && fixed.map(f -> !f.isBefore(bound)).orElse(true)
                && lastAffected.map(last -> !last.isBefore(bound)).orElse(true);
    }

    /** The release that ends the range: the fix, else the last affected release. */
    public Optional<AgentVersion> upper() {
        return fixed.or(() -> lastAffected);
    }

    @Override
    public String toString() {
        if (introduced.isPresent() && introduced.equals(lastAffected)) {
            return "= " + introduced.get();
        }
        List<String> parts = new ArrayList<>();
        introduced.ifPresent(low -> parts.add(">= " + low));
        fixed.ifPresent(f -> parts.add("< " + f));
        lastAffected.ifPresent(l -> parts.add("<= " + l));
        return String.join(", ", parts);
    }
}
