package dev.bulwark.blueprint;

import java.util.List;

/**
 * The agent gateway to deploy.
 *
 * @param kind    {@code openclaw} (the only kind so far)
 * @param version exact pinned version, e.g. {@code 2026.9.6}; never a range or a tag
 * @param port    the gateway's own port on the instance's loopback (18789 by default); never public
 * @param skills  the only skills the gateway may install, each pinned by digest; empty means none
 */
public record Agent(String kind, String version, int port, List<Skill> skills) {
    public Agent {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    /** An agent with no skills allowed. */
    public Agent(String kind, String version, int port) {
        this(kind, version, port, List.of());
    }
}
