package dev.bulwark.cdk.nag;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.baseline.container.ContainerBaseline;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Container service environment values are plaintext and returned by {@code GetContainerServiceDeployments}, so
 * no provider key or token may reach them in any form: a literal under a credential-like name, a secret-looking
 * literal under any name, a CloudFormation dynamic reference ({@code {{resolve:secretsmanager:…}}},
 * {@code {{resolve:ssm-secure:…}}}, which CloudFormation resolves into the plaintext value) anywhere in a value,
 * or an intrinsic function ({@code Ref}, {@code Fn::GetAtt}, {@code Fn::*}) under a credential-like name.
 *
 * <p>Variables that carry the <em>names</em> of secrets (bulwark's {@link ContainerBaseline} pointers such as
 * {@value ContainerBaseline#TOKEN_SECRET_ENV}) are not credentials by name; their values are still scanned.
 *
 * <p>One finding per variable ({@code Lightsail-ContainerEnvironmentSecret[gateway.AWS_SECRET_ACCESS_KEY]}), so
 * accepting one deliberate variable does not hide the next.
 */
final class ContainerEnvironmentSecretRule extends ResourceTypeRule {

    private static final Pattern CREDENTIAL_NAME = Pattern.compile(
            "(?i)(?!.*PUBLIC).*(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE).*");
    private static final Pattern DYNAMIC_REFERENCE = Pattern.compile("\\{\\{resolve:(secretsmanager|ssm-secure):");
    /** Names of secrets, not their values: the gateway resolves them at start with its read-only key. */
    private static final Set<String> SECRET_NAME_POINTERS = Set.of(ContainerBaseline.TOKEN_SECRET_ENV,
            ContainerBaseline.PROVIDER_SECRETS_ENV, ContainerBaseline.SECRETS_REGION_ENV);

    static final RuleInfo INFO = LightsailRule.describe("ContainerEnvironmentSecret", Severity.HIGH,
            "Container environment carries a credential in plain text",
            "Lightsail container environment values are stored and returned in plain text by the deployment API;"
                    + " a literal, a {{resolve:secretsmanager|ssm-secure:...}} dynamic reference or a Ref/GetAtt"
                    + " under a credential-like name all end up there as the credential itself.",
            "Read the credential at start-up from Secrets Manager instead of passing it in Environment; pass only"
                    + " the secret's name.");

    ContainerEnvironmentSecretRule() {
        super(INFO, LightsailTypes.CONTAINER);
    }

    @Override
    RuleVerdict checkApplicable(LightsailResource resource) {
        List<String> ids = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        for (JsonNode container : resource.containers()) {
            String name = container.path("ContainerName").asText("?");
            for (JsonNode variable : container.path("Environment")) {
                String key = variable.path("Variable").asText("");
                String id = name + "." + key;
                java.util.Optional<String> why = problem(key, variable.path("Value"));
                if (why.isPresent() && !ids.contains(id)) {
                    ids.add(id);
                    evidence.add("container " + name + " sets " + key + " " + why.get());
                }
            }
        }
        return RuleVerdict.granular(ids, evidence);
    }

    private static java.util.Optional<String> problem(String key, JsonNode value) {
        if (containsDynamicReference(value)) {
            return java.util.Optional.of("from a secure dynamic reference, resolved into plain text");
        }
        boolean credentialName = CREDENTIAL_NAME.matcher(key).matches() && !SECRET_NAME_POINTERS.contains(key);
        if (value.isContainerNode()) {
            return credentialName ? java.util.Optional.of("from a CloudFormation " + intrinsicName(value)
                    + ", resolved into plain text") : java.util.Optional.empty();
        }
        boolean literal = value.isValueNode() && !value.asText().isBlank();
        if (literal && (credentialName || !SecretPatterns.scan(value.asText()).isEmpty())) {
            return java.util.Optional.of("to a literal value");
        }
        return java.util.Optional.empty();
    }

    private static boolean containsDynamicReference(JsonNode value) {
        if (value.isTextual()) {
            return DYNAMIC_REFERENCE.matcher(value.textValue()).find();
        }
        for (JsonNode child : value) {
            if (containsDynamicReference(child)) {
                return true;
            }
        }
        return false;
    }

    private static String intrinsicName(JsonNode value) {
        return value.isObject() && value.size() == 1 ? value.fieldNames().next() : "expression";
    }
}
