package dev.bulwark.verify.token;

/** Which token an authenticated request carried. */
public enum TokenRole {
    /** The token the gateway should accept now. */
    CURRENT("the current token"),
    /** A token that was rotated away and must be refused. */
    STALE("the stale token");

    private final String description;

    TokenRole(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
