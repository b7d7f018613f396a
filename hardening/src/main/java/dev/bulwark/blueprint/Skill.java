package dev.bulwark.blueprint;

/**
 * One agent skill the gateway may install, pinned by content so a changed or substituted upload is refused.
 *
 * @param name   the skill's name as the gateway knows it, e.g. {@code weather} or {@code owner/weather}
 * @param sha256 lower-case hex SHA-256 of the skill's staged source (see docs/hardening.md for the definition)
 */
public record Skill(String name, String sha256) {
}
