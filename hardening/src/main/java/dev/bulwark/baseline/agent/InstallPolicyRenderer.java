package dev.bulwark.baseline.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.baseline.BaselineFile;
import dev.bulwark.baseline.Template;
import dev.bulwark.blueprint.Agent;
import dev.bulwark.blueprint.Skill;

import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders the policy OpenClaw asks before it installs a skill or plugin: only the blueprint's skills, each only
 * with the exact content its digest pins, so a malicious or swapped ClawHub upload never lands on the host. A
 * Node.js script (the gateway's own pinned node runs it), root-owned and read-only; the allowlist is embedded.
 */
public final class InstallPolicyRenderer {
    private static final Template SCRIPT = Template.of(InstallPolicyRenderer.class, "install-policy.js");

    private final ObjectMapper json = new ObjectMapper();

    public BaselineFile render(Agent agent) {
        ObjectNode allowed = json.createObjectNode();
        for (Skill skill : agent.skills()) {
            allowed.put(skill.name(), skill.sha256());
        }
        try {
            return new BaselineFile(AgentLayout.INSTALL_POLICY_PATH, "0555", SCRIPT.render(Map.of(
                    "nodeBinary", AgentLayout.NODE_DIR + "/bin/node",
                    "allowlist", json.writeValueAsString(allowed))));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("the skills allowlist could not be written", e);
        }
    }
}
