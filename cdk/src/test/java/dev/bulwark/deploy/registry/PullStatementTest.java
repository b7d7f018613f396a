package dev.bulwark.deploy.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PullStatementTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PRINCIPAL = "arn:aws:iam::123456789012:role/amazon/lightsail/us-east-1/containers/"
            + "openclaw-cs/private-repo-access/abc";
    private static final String FOREIGN = "{\"Sid\":\"CiPush\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
            + "\"arn:aws:iam::123456789012:role/ci\"},\"Action\":[\"ecr:PutImage\",\"ecr:InitiateLayerUpload\"]}";
    private final PullStatement statement = new PullStatement("openclaw-cs", PRINCIPAL);

    @Test
    void mergeInto_noPolicy_policyWithOnlyThePullStatement() throws Exception {
        JsonNode policy = JSON.readTree(statement.mergeInto(Optional.empty()).orElseThrow());

        assertEquals("2012-10-17", policy.path("Version").asText());
        assertEquals(1, policy.path("Statement").size());
        JsonNode ours = policy.path("Statement").get(0);
        assertEquals("BulwarkLightsailPull-openclaw-cs", ours.path("Sid").asText());
        assertEquals(PRINCIPAL, ours.path("Principal").path("AWS").asText());
        assertEquals("[\"ecr:BatchGetImage\",\"ecr:GetDownloadUrlForLayer\"]", ours.path("Action").toString());
    }

    @Test
    void mergeInto_foreignStatements_keptVerbatimAndOursAppended() throws Exception {
        String current = "{\"Version\":\"2008-10-17\",\"Statement\":[" + FOREIGN + "]}";

        JsonNode policy = JSON.readTree(statement.mergeInto(Optional.of(current)).orElseThrow());

        assertEquals("2008-10-17", policy.path("Version").asText(), "the owner's version stays");
        assertEquals(JSON.readTree(FOREIGN), policy.path("Statement").get(0));
        assertEquals("BulwarkLightsailPull-openclaw-cs", policy.path("Statement").get(1).path("Sid").asText());
    }

    @Test
    void mergeInto_singleStatementObject_keptAsTheFirstOfTwo() throws Exception {
        JsonNode policy = JSON.readTree(statement.mergeInto(Optional.of("{\"Version\":\"2012-10-17\",\"Statement\":"
                + FOREIGN + "}")).orElseThrow());

        assertEquals(2, policy.path("Statement").size());
        assertEquals(JSON.readTree(FOREIGN), policy.path("Statement").get(0));
    }

    @Test
    void mergeInto_mergedPolicyAgain_nothingToDo() {
        String once = statement.mergeInto(Optional.of("{\"Statement\":[" + FOREIGN + "]}")).orElseThrow();

        assertEquals(Optional.empty(), statement.mergeInto(Optional.of(once)));
    }

    /** ECR may hand the policy back reformatted: a principal as a one-element list, actions in another order. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[\"PRINCIPAL\"]|[\"ecr:GetDownloadUrlForLayer\",\"ecr:BatchGetImage\"]|true",
            "\"PRINCIPAL\"|[\"ecr:BatchGetImage\",\"ecr:GetDownloadUrlForLayer\"]|true",
            "\"arn:aws:iam::123456789012:role/old-service-role\"|[\"ecr:BatchGetImage\",\"ecr:GetDownloadUrlForLayer\"]|false",
            "\"PRINCIPAL\"|\"ecr:BatchGetImage\"|false",
            "\"PRINCIPAL\"|[\"ecr:*\"]|false"})
    void mergeInto_ourSidAlreadyThere_leftAloneOnlyWhenItGrantsExactly(String principal, String actions,
                                                                        boolean unchanged) throws Exception {
        String ours = "{\"Sid\":\"BulwarkLightsailPull-openclaw-cs\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                + principal.replace("PRINCIPAL", PRINCIPAL) + "},\"Action\":" + actions + "}";
        String current = "{\"Version\":\"2012-10-17\",\"Statement\":[" + ours + "," + FOREIGN + "]}";

        Optional<String> merged = statement.mergeInto(Optional.of(current));

        assertEquals(unchanged, merged.isEmpty(), merged.toString());
        merged.ifPresent(text -> {
            JsonNode statements = read(text).path("Statement");
            assertEquals(2, statements.size(), "replaced in place, not added: " + text);
            assertEquals(PRINCIPAL, statements.get(0).path("Principal").path("AWS").asText());
            assertEquals(read(FOREIGN), statements.get(1));
        });
    }

    @Test
    void mergeInto_notJson_refusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> statement.mergeInto(Optional.of("{\"Statement\": [")));

        assertTrue(e.getMessage().contains("not JSON"), e.getMessage());
    }

    @Test
    void render_isTheStatementAloneForAnOwnerToAdd() {
        JsonNode rendered = read(statement.render());

        List<String> keys = new ArrayList<>();
        rendered.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("Sid", "Effect", "Principal", "Action"), keys);
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
