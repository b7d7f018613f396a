package dev.bulwark.blueprint;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Rules for the names a load balancer certificate can cover: lower-case, at least two labels, no wildcard. */
final class DnsNames {
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private DnsNames() {
    }

    static Optional<Violation> check(String name) {
        if (name.contains("*")) {
            return Violation.of("wildcard names are not allowed",
                    "name each host; the certificate covers domain.name and domain.alternativeNames");
        }
        if (name.endsWith(".")) {
            return Violation.of("must not end with a dot", "write `" + name.substring(0, name.length() - 1) + "`");
        }
        if (!name.equals(name.toLowerCase(Locale.ROOT))) {
            return Violation.of("must be lower-case", "write `" + name.toLowerCase(Locale.ROOT) + "`");
        }
        if (name.length() > 253) {
            return Violation.of("is longer than 253 characters", "use a shorter name");
        }
        String[] labels = name.split("\\.", -1);
        if (labels.length < 2) {
            return Violation.of("needs at least two labels", "e.g. agent.example.com");
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return Violation.of(label.isEmpty() ? "has an empty label (two dots in a row?)"
                                : "label `" + label + "` is not a valid DNS label",
                        "labels are 1-63 letters, digits and hyphens, not starting or ending with a hyphen");
            }
        }
        if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            return Violation.of("looks like an IP address", "a certificate needs a DNS name, e.g. agent.example.com");
        }
        return Optional.empty();
    }
}
