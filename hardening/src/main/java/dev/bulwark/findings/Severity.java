package dev.bulwark.findings;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters, lowest first. Ordinal order is severity order. */
public enum Severity {
    INFO("0.0"),
    LOW("3.0"),
    MEDIUM("5.5"),
    HIGH("8.0"),
    CRITICAL("9.5");

    private final String securitySeverity;

    Severity(String securitySeverity) {
        this.securitySeverity = securitySeverity;
    }

    /** The number string GitHub code scanning reads from SARIF {@code properties.security-severity}. */
    public String securitySeverity() {
        return securitySeverity;
    }

    public boolean isAtLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }

    /** Lower-case name as users type it ({@code --fail-on high}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
