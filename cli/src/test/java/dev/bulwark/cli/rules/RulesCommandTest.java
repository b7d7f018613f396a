package dev.bulwark.cli.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code bulwark rules} and {@code bulwark generate-completion} through {@link Main}. */
class RulesCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void rules_text_listsPlanVerifyAndAuditHostRulesWithSeverityAndTitle() {
        assertEquals(0, run("rules"), err.toString());
        String text = out.toString();
        assertTrue(text.contains("plan ("), text);
        assertTrue(text.contains("verify ("), text);
        assertTrue(text.contains("audit-host ("), text);
        assertTrue(text.matches("(?s).*\\n  Lightsail-SshWorldOpen\\s+critical\\s+\\S.*"), text);
        assertTrue(text.matches("(?s).*\\n  HTTP_HSTS_MISSING\\s+medium\\s+\\S.*"), text);
        assertTrue(text.matches("(?s).*\\n  HOST_SSHD_PASSWORD_AUTH\\s+high\\s+\\S.*"), text);
    }

    @Test
    void rules_json_oneEntryPerCommandAndRule() throws Exception {
        assertEquals(0, run("rules", "--format", "json", "--command", "verify"), err.toString());
        JsonNode all = new ObjectMapper().readTree(out.toString());
        Set<String> ids = new HashSet<>();
        all.forEach(r -> {
            assertEquals("verify", r.path("command").asText());
            assertFalse(r.path("severity").asText().isEmpty());
            ids.add(r.path("id").asText());
        });
        assertTrue(ids.contains("TLS_LEGACY_PROTOCOL") && ids.contains("TARGET_UNREACHABLE"), ids.toString());
    }

    @Test
    void rules_unknownCommand_exits2() {
        assertEquals(2, run("rules", "--command", "deploy"));
        assertTrue(err.toString().contains("not one of plan, verify, audit-host"), err.toString());
    }

    @Test
    void generateCompletion_printsABashScriptForEveryCommand() {
        assertEquals(0, run("generate-completion"), err.toString());
        assertTrue(out.toString().contains("complete -F"), out.toString());
        assertTrue(out.toString().contains("audit-host"), "subcommands are completed");
    }
}
