package dev.bulwark.cdk.nag;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Container service environment values are plaintext and returned by {@code GetContainerServiceDeployments};
 * a variable named like a credential must not carry a literal value there.
 */
final class ContainerEnvironmentSecretRule implements LightsailRule {

    private static final Pattern CREDENTIAL_NAME = Pattern.compile(
            "(?i)(?!.*PUBLIC).*(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE).*");

    static final RuleInfo INFO = LightsailRule.describe("ContainerEnvironmentSecret", Severity.HIGH,
            "Container environment carries a credential in plain text",
            "Lightsail container environment values are stored and returned in plain text by the deployment API.",
            "Read the credential at start-up from Secrets Manager instead of passing it in Environment.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public RuleVerdict check(LightsailResource resource) {
        if (!resource.is(LightsailTypes.CONTAINER)) {
            return RuleVerdict.notApplicable();
        }
        List<String> evidence = new ArrayList<>();
        for (JsonNode container : resource.property("ContainerServiceDeployment").path("Containers")) {
            String name = container.path("ContainerName").asText("?");
            for (JsonNode variable : container.path("Environment")) {
                String key = variable.path("Variable").asText("");
                JsonNode value = variable.path("Value");
                boolean literal = value.isTextual() && !value.textValue().isBlank();
                if (literal && (CREDENTIAL_NAME.matcher(key).matches() || !SecretPatterns.scan(value.textValue()).isEmpty())) {
                    evidence.add("container " + name + " sets " + key + " to a literal value");
                }
            }
        }
        return RuleVerdict.fromEvidence(evidence);
    }
}
