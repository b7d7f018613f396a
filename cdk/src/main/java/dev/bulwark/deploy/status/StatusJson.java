package dev.bulwark.deploy.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code bulwark status --format json} in both modes: the same opening fields, the same printer. */
public final class StatusJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StatusJson() {
    }

    /** The object every status document is: the stack's name and status first; each mode adds its own fields. */
    public static ObjectNode root(String stackName, String stackStatus) {
        ObjectNode root = JSON.createObjectNode();
        root.put("stackName", stackName);
        root.put("stackStatus", stackStatus);
        return root;
    }

    public static String write(ObjectNode root) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("status JSON", e);
        }
    }
}
