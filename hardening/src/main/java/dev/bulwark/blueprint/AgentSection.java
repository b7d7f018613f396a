package dev.bulwark.blueprint;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code agent:}: which gateway, pinned to an exact release, on which loopback port, with which skills. */
final class AgentSection {
    private static final Pattern VERSION =
            Pattern.compile("(\\d{4})\\.(\\d{1,2})\\.(\\d{1,2})(?:-(?:[1-9]\\d*|beta\\.[1-9]\\d*))?");
    private static final Pattern RANGE = Pattern.compile(".*([\\^~<>=*| ]|(^|\\.)[xX](\\.|$)).*");
    private static final String EXAMPLE = "pin an exact release, e.g. version: 2026.9.6";

    private AgentSection() {
    }

    static Agent read(MappingFields root) {
        MappingFields agent = root.section("agent", BlueprintKeys.AGENT);
        String kind = agent.string("kind", LightsailChoices.AGENT_KIND);
        if (kind != null && !kind.equals(LightsailChoices.AGENT_KIND)) {
            agent.error("kind", "unknown agent kind", "the only kind so far is `" + LightsailChoices.AGENT_KIND + "`");
        }
        String version = agent.requiredString("version");
        if (version != null) {
            checkVersion(agent, version);
        }
        Integer port = agent.integer("port", LightsailChoices.DEFAULT_AGENT_PORT);
        if (port != null && (port < 1024 || port > 65535)) {
            agent.error("port", "port " + port + " is outside 1024-65535",
                    port == 22 || port == 80 || port == 443
                            ? "22, 80 and 443 belong to SSH and the load balancer; keep the default 18789"
                            : "keep the default 18789");
        }
        return new Agent(kind, version, port == null ? 0 : port, SkillsSection.read(agent));
    }

    private static void checkVersion(MappingFields agent, String version) {
        Matcher m = VERSION.matcher(version);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (m.group(2).startsWith("0") || m.group(3).startsWith("0")) {
                agent.error("version", "version has leading zeros", "write " + Integer.parseInt(m.group(1)) + "."
                        + month + "." + day + version.substring(m.end(3)) + " (YYYY.M.D)");
            } else if (month < 1 || month > 12 || day < 1 || day > 31) {
                agent.error("version", "version is not a date-shaped release (YYYY.M.D)", EXAMPLE);
            }
            return;
        }
        if (version.matches("[A-Za-z]+")) {
            agent.error("version", "`" + Suggestions.shorten(version) + "` is a moving tag, not a release",
                    EXAMPLE + "; a tag changes under you between deployments");
        } else if (RANGE.matcher(version).matches()) {
            agent.error("version", "version ranges are not allowed", EXAMPLE);
        } else if (version.startsWith("v") && VERSION.matcher(version.substring(1)).matches()) {
            agent.error("version", "version has a `v` prefix", "write " + version.substring(1));
        } else {
            agent.error("version", "version must be an exact release YYYY.M.D (optionally -N or -beta.N)", EXAMPLE);
        }
    }
}
