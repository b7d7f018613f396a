package dev.bulwark.verify.http;

import java.util.Locale;
import java.util.OptionalLong;

/** Reads {@code max-age} from a Strict-Transport-Security value the way RFC 6797 section 6.1 says browsers do. */
final class StrictTransportSecurity {
    private StrictTransportSecurity() {
    }

    /** The max-age in seconds; empty when the value is not a valid HSTS header (browsers then ignore it). */
    static OptionalLong maxAge(String headerValue) {
        OptionalLong maxAge = OptionalLong.empty();
        for (String directive : headerValue.split(";")) {
            String[] nameValue = directive.trim().split("=", 2);
            if (!nameValue[0].trim().toLowerCase(Locale.ROOT).equals("max-age")) {
                continue;
            }
            if (maxAge.isPresent() || nameValue.length < 2) {
                return OptionalLong.empty(); // duplicate or empty max-age makes the header invalid
            }
            String value = nameValue[1].trim();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (value.isEmpty() || !value.chars().allMatch(Character::isDigit)) {
                return OptionalLong.empty();
            }
            try {
                maxAge = OptionalLong.of(Long.parseLong(value));
            } catch (NumberFormatException e) {
                maxAge = OptionalLong.of(Long.MAX_VALUE); // absurdly long is still "long enough"
            }
        }
        return maxAge;
    }
}
