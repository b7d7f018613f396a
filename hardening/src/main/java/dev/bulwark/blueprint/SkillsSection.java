package dev.bulwark.blueprint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** {@code agent.skills:}: the skills the gateway may install, each pinned by the SHA-256 of its source. */
final class SkillsSection {
    static final int MAX_SKILLS = 40;
    private static final String PART = "[a-z0-9][a-z0-9._-]{0,63}";
    private static final Pattern NAME = Pattern.compile(PART + "(?:/" + PART + ")?");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private SkillsSection() {
    }

    static List<Skill> read(MappingFields agent) {
        List<MappingFields> items = agent.mappings("skills", BlueprintKeys.SKILL);
        if (items.size() > MAX_SKILLS) {
            agent.error("skills", items.size() + " skills listed, at most " + MAX_SKILLS + " are allowed",
                    "list only the skills this agent needs");
        }
        Map<String, SourceLocation> seen = new HashMap<>();
        List<Skill> skills = new ArrayList<>();
        for (MappingFields item : items) {
            String name = item.requiredString("name");
            if (name != null && !NAME.matcher(name).matches()) {
                item.error("name", "is not a skill name", "lower-case letters, digits and . _ -, starting with a "
                        + "letter or digit, at most 64 characters, optionally owner/name, e.g. weather");
                name = null;
            }
            if (name != null) {
                SourceLocation first = seen.putIfAbsent(name, item.at("name"));
                if (first != null) {
                    item.error("name", "skill `" + name + "` is already listed at line " + first.line(),
                            "list each skill once, with the digest of the one version you allow");
                }
            }
            String sha256 = item.requiredString("sha256");
            if (sha256 != null && !SHA256.matcher(sha256).matches()) {
                item.error("sha256", "is not a SHA-256 digest", "64 lower-case hex characters; compute it as "
                        + "docs/hardening.md (Skills allowlist) shows");
                sha256 = null;
            }
            skills.add(new Skill(name, sha256));
        }
        return skills;
    }
}
