package dev.bulwark.discover.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * docs/iam/discover-policy.json is least privilege for {@code discover --aws}: it grants exactly the actions the
 * inventory calls (recorded at the SDK seam while reading a sample account), each read-only, and nothing else.
 */
class DiscoverPolicyTest {
    private static final Path POLICY = Path.of("..", "docs", "iam", "discover-policy.json");

    @Test
    void policy_grantsExactlyTheActionsTheInventoryCalls() throws IOException {
        AwsInventoryReaderTest.readSampleAccount();
        Set<String> called = new TreeSet<>(AwsInventoryReaderTest.ACTIONS);

        assertEquals(called, granted(), "every action the inventory calls must be granted, and nothing more");
    }

    @Test
    void policy_isReadOnlyAndWellFormed() throws IOException {
        JsonNode policy = new ObjectMapper().readTree(Files.readString(POLICY));
        assertEquals("2012-10-17", policy.path("Version").asText());
        for (JsonNode statement : policy.path("Statement")) {
            assertEquals("Allow", statement.path("Effect").asText());
            assertTrue(statement.path("Sid").asText().matches("[A-Za-z0-9]+"), statement.toString());
        }
        for (String action : granted()) {
            String verb = action.substring(action.indexOf(':') + 1);
            assertTrue(verb.startsWith("Get") || verb.startsWith("Describe") || verb.startsWith("List"),
                    action + " is not a read-only action");
            assertTrue(!action.contains("*"), action + ": no wildcards in actions");
        }
    }

    private static Set<String> granted() throws IOException {
        JsonNode policy = new ObjectMapper().readTree(Files.readString(POLICY));
        Set<String> actions = new TreeSet<>();
        for (JsonNode statement : policy.path("Statement")) {
            JsonNode action = statement.path("Action");
            if (action.isArray()) {
                action.forEach(a -> actions.add(a.asText()));
            } else {
                actions.add(action.asText());
            }
        }
        return actions;
    }
}
