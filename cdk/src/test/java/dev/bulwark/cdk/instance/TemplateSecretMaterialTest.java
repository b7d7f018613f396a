package dev.bulwark.cdk.instance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.baseline.UserDataRenderer;
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
    void userData_bothFixtures_isTheHostBaselineAndCarriesNoSecretMaterial() {
        SynthesizedTemplates.all().forEach((fixture, template) -> {
            JsonNode userDataNode = userDataNode(SynthesizedTemplates.json(template));
            // A plain string: no Ref/GetAtt/dynamic reference could pull a secret value in at deploy time.
            assertTrue(userDataNode.isTextual(), fixture + " user data must be a literal: " + userDataNode);
            // "sk-ssh-ed25519..." are FIDO security-key algorithm names in the sshd drop-in, not API keys.
            String script = UserDataRenderer.installScriptOf(userDataNode.asText())
                    .replaceAll("sk-ssh-ed25519(-cert-v01)?@openssh\\.com", "");
            assertTrue(script.contains("BULWARK_AGENT_VERSION=2026.9.6"), fixture);
            assertTrue(script.contains("LoadCredential=gateway-token:"), fixture + ": secrets arrive as credentials");
            assertFalse(script.contains("{{resolve:"), fixture + " user data resolves a dynamic reference");
            for (Pattern shape : SECRET_SHAPES) {
                assertFalse(shape.matcher(script).find(), fixture + " user data matches " + shape);
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

    private static JsonNode userDataNode(JsonNode template) {
        for (JsonNode resource : template.path("Resources")) {
            if ("AWS::Lightsail::Instance".equals(resource.path("Type").asText())) {
                return resource.path("Properties").path("UserData");
            }
        }
        throw new AssertionError("no instance in template");
    }
}
