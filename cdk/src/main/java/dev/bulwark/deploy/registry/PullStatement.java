package dev.bulwark.deploy.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one statement deploy keeps in an ECR repository policy so that a Lightsail container service's image puller
 * role may pull: Sid {@code BulwarkLightsailPull-<service>}, the role's principal, only {@code ecr:BatchGetImage}
 * and {@code ecr:GetDownloadUrlForLayer} (what Lightsail's own guide asks for). Merging it is pure: every other
 * statement of the policy stays as it is, and a policy that already carries the statement is left alone.
 */
public final class PullStatement {
    public static final Set<String> ACTIONS = Set.of("ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer");
    private static final String SID_PREFIX = "BulwarkLightsailPull-";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String sid;
    private final String principalArn;

    public PullStatement(String serviceName, String principalArn) {
        this.sid = SID_PREFIX + serviceName;
        this.principalArn = principalArn;
    }

    public String sid() {
        return sid;
    }

    /** The statement as JSON, e.g. for a message that asks someone to add it by hand. */
    public String render() {
        return statement().toString();
    }

    /**
     * The policy with this statement merged in.
     *
     * @param current the repository's policy text; empty when the repository has none
     * @return the policy to set; empty when {@code current} grants this statement already (nothing to do)
     * @throws IllegalArgumentException when {@code current} is not a JSON policy document
     */
    public Optional<String> mergeInto(Optional<String> current) {
        ObjectNode policy;
        if (current.isEmpty() || current.get().isBlank()) {
            policy = JSON.createObjectNode().put("Version", "2012-10-17");
        } else {
            JsonNode parsed;
            try {
                parsed = JSON.readTree(current.get());
            } catch (Exception e) {
                throw new IllegalArgumentException("the repository policy is not JSON: " + e.getMessage(), e);
            }
            if (!(parsed instanceof ObjectNode object)) {
                throw new IllegalArgumentException("the repository policy is not a JSON object");
            }
            policy = object.deepCopy();
        }
        ArrayNode statements = JSON.createArrayNode();
        JsonNode existing = policy.path("Statement");
        if (existing.isArray()) {
            existing.forEach(statements::add);
        } else if (existing.isObject()) { // a policy may hold one statement as an object
            statements.add(existing);
        }
        for (int i = 0; i < statements.size(); i++) {
            if (sid.equals(statements.get(i).path("Sid").asText(null))) {
                if (grants(statements.get(i))) {
                    return Optional.empty();
                }
                statements.set(i, statement()); // the same service re-created: a new principal
                policy.set("Statement", statements);
                return Optional.of(policy.toString());
            }
        }
        statements.add(statement());
        policy.set("Statement", statements);
        return Optional.of(policy.toString());
    }

    private ObjectNode statement() {
        ObjectNode statement = JSON.createObjectNode().put("Sid", sid).put("Effect", "Allow");
        statement.putObject("Principal").put("AWS", principalArn);
        ArrayNode actions = statement.putArray("Action");
        new TreeSet<>(ACTIONS).forEach(actions::add);
        return statement;
    }

    /** Our statement as ECR may hand it back: a one-element list for a string, actions in any order. */
    private boolean grants(JsonNode statement) {
        return "Allow".equals(statement.path("Effect").asText())
                && Set.of(principalArn).equals(strings(statement.path("Principal").path("AWS")))
                && ACTIONS.equals(strings(statement.path("Action")))
                && !statement.has("Condition");
    }

    private static Set<String> strings(JsonNode node) {
        Set<String> values = new TreeSet<>();
        if (node.isTextual()) {
            values.add(node.asText());
        } else if (node.isArray()) {
            node.forEach(n -> values.add(n.asText()));
        }
        return values;
    }
}
