package dev.bulwark.cdk.instance;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The synthesized templates carry names of secrets, never their values. */
class TemplateSecretMaterialTest {
    /** Shapes of credentials that must never reach a template: provider keys, AWS keys, private keys. */
    private static final List<Pattern> SECRET_SHAPES = List.of(
            Pattern.compile("sk-[A-Za-z0-9_-]{16,}"),
            Pattern.compile("(AKIA|ASIA)[0-9A-Z]{16}"),
            Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----"),
            Pattern.compile("\"SecretString\""),
            Pattern.compile("(?i)aws_secret_access_key"));

    @ParameterizedTest
    @CsvSource({
            "sk-ant-api03-abcdefghijklmnopqrstuv",
            "AKIAIOSFODNN7EXAMPLE",
            "-----BEGIN OPENSSH PRIVATE KEY-----",
            "{\"SecretString\":\"x\"}",
    })
    void secretShapes_knownCredential_isRecognised(String credential) {
        assertTrue(SECRET_SHAPES.stream().anyMatch(p -> p.matcher(credential).find()), credential);
    }

    @Test
    void templates_bothFixtures_containNoSecretShapedString() {
        SynthesizedTemplates.all().forEach((fixture, template) -> {
            String text = SynthesizedTemplates.text(template);
            for (Pattern shape : SECRET_SHAPES) {
                assertFalse(shape.matcher(text).find(), fixture + " matches " + shape.pattern());
            }
        });
    }

    @Test
    void secrets_bothFixtures_areGeneratedBySecretsManagerNeverLiteral() {
        SynthesizedTemplates.all().forEach((fixture, template) -> {
            int secrets = 0;
            for (JsonNode resource : SynthesizedTemplates.json(template).path("Resources")) {
                if ("AWS::SecretsManager::Secret".equals(resource.path("Type").asText())) {
                    secrets++;
                    JsonNode properties = resource.path("Properties");
                    assertTrue(properties.path("SecretString").isMissingNode(), fixture + ": " + properties);
                    assertTrue(properties.path("GenerateSecretString").isObject(), fixture + ": " + properties);
                }
            }
            assertTrue(secrets >= 2, fixture + " should have a gateway token and at least one provider key");
        });
    }

    @Test
    void userData_bothFixtures_recordsOnlyTheAgentAndNoSecretOrKey() {
        SynthesizedTemplates.all().forEach((fixture, template) -> {
            String userData = instanceUserData(SynthesizedTemplates.json(template));
            assertTrue(userData.contains("BULWARK_AGENT_VERSION=2026.9.6"), userData);
            String commands = userData.lines().map(line -> line.replaceFirst("(^|\\s)#.*$", ""))
                    .reduce("", (a, b) -> a + b + "\n");
            for (String forbidden : List.of("secret", "token", "password", "ssh-ed25519", "ssh-rsa",
                    "PRIVATE KEY", "anthropic", "api_key")) {
                assertFalse(commands.toLowerCase().contains(forbidden.toLowerCase()),
                        fixture + " user data mentions '" + forbidden + "'");
            }
        });
    }

    @Test
    void outputs_bothFixtures_referenceSecretsOnlyByArn() {
        SynthesizedTemplates.all().forEach((fixture, template) -> {
            JsonNode json = SynthesizedTemplates.json(template);
            json.path("Outputs").properties().forEach(output -> {
                if (output.getKey().contains("SecretArn")) {
                    // Ref of an AWS::SecretsManager::Secret is its ARN, never its value.
                    String target = output.getValue().path("Value").path("Ref").asText();
                    assertEquals("AWS::SecretsManager::Secret",
                            json.path("Resources").path(target).path("Type").asText(),
                            fixture + "/" + output.getKey() + " must be a Ref to a secret");
                }
            });
        });
    }

    private static String instanceUserData(JsonNode template) {
        for (JsonNode resource : template.path("Resources")) {
            if ("AWS::Lightsail::Instance".equals(resource.path("Type").asText())) {
                return resource.path("Properties").path("UserData").asText();
            }
        }
        throw new AssertionError("no instance in template");
    }
}
