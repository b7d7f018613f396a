package dev.bulwark.advisory;

import dev.bulwark.findings.Severity;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How bad an advisory is for an internet-facing gateway, from the publisher's severity and the CVSS vector
 * (3.x or 4.0). The publisher rates the worst case; from outside, what matters is whether an unauthenticated
 * network attacker can reach it:
 * <ul>
 *   <li>network, no privileges ({@code AV:N/PR:N}): the publisher's severity;</li>
 *   <li>network with privileges ({@code PR:L}/{@code PR:H}) or adjacent network ({@code AV:A}): one level lower;</li>
 *   <li>local or physical ({@code AV:L}/{@code AV:P}): two levels lower;</li>
 *   <li>never below low; no publisher severity: medium.</li>
 * </ul>
 */
public final class ExposureSeverity {
    private static final Pattern METRIC = Pattern.compile("(?:^|/)(AV|PR):([A-Z])");

    private ExposureSeverity() {
    }

    /** The severity from outside, given the publisher's (if any) and the CVSS vector (if any). */
    public static Severity of(Optional<Severity> publisher, Optional<String> cvssVector) {
        Severity base = publisher.orElse(Severity.MEDIUM);
        String attackVector = metric(cvssVector, "AV").orElse("N");
        String privileges = metric(cvssVector, "PR").orElse("N");
        int drop = switch (attackVector) {
            case "L", "P" -> 2;
            case "A" -> 1;
            default -> privileges.equals("N") ? 0 : 1;
        };
        return lower(base, drop);
    }

    /** {@code severity} lowered by {@code levels}, never below low. */
    public static Severity lower(Severity severity, int levels) {
        if (!severity.isAtLeast(Severity.LOW)) {
            return severity;
        }
        return Severity.values()[Math.max(Severity.LOW.ordinal(), severity.ordinal() - levels)];
    }

    private static Optional<String> metric(Optional<String> vector, String name) {
        if (vector.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = METRIC.matcher(vector.get());
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return Optional.of(m.group(2));
            }
        }
        return Optional.empty();
    }
}
