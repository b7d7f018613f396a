package dev.bulwark.verify.waiver;

import dev.bulwark.blueprint.SourceLocation;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An accepted risk: findings of {@code ruleId} on {@code target} are kept in the report but do not fail the run,
 * until {@code expires} (inclusive). {@code target} is exact, or a glob where {@code *} is any run of characters
 * and {@code ?} one character.
 *
 * @param location where the entry sits in the waivers file (reports point there)
 */
public record Waiver(String ruleId, String target, String reason, LocalDate expires, SourceLocation location) {

    public Waiver {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(location, "location");
    }

    /** Valid through its expiry date; expired from the day after. */
    public boolean expiredOn(LocalDate today) {
        return today.isAfter(expires);
    }

    /** Whether it covers a finding of {@code findingRuleId} whose target, or deployment, is one of {@code names}. */
    public boolean covers(String findingRuleId, String... names) {
        if (!ruleId.equals(findingRuleId)) {
            return false;
        }
        Pattern glob = glob(target);
        for (String name : names) {
            if (glob.matcher(name).matches()) {
                return true;
            }
        }
        return false;
    }

    static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
