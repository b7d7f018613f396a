package dev.bulwark.blueprint;

import java.util.Optional;

/** What a value rule found wrong, and how to fix it; the caller knows where. */
record Violation(String message, String hint) {
    static Optional<Violation> of(String message, String hint) {
        return Optional.of(new Violation(message, hint));
    }
}
