package dev.bulwark.cdk.nag;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Templates are stored by CloudFormation and readable by anyone who can describe the stack; user data is also
 * readable from instance metadata. Every string in every resource's properties is scanned, base64 user data
 * decoded first.
 */
public final class SecretInTemplateRule implements LightsailRule {

    public static final RuleInfo INFO = LightsailRule.describe("SecretInTemplate", Severity.CRITICAL,
            "Template contains what looks like a secret",
            "CloudFormation templates, user data and container environments are stored in plain text and "
                    + "returned by describe calls and instance metadata.",
            "Keep secrets in AWS Secrets Manager and fetch them at boot or push them over SSH at deploy time; "
                    + "rotate any key that was ever synthesized.");

    /**
     * Intrinsics whose arguments are logical ids and attribute names: CDK ids end in an 8-character hash and
     * look random, but they are names, not values.
     */
    private static final Set<String> REFERENCES = Set.of("Ref", "Fn::GetAtt");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public RuleVerdict check(LightsailResource resource) {
        if (resource.is(LightsailTypes.CDK_METADATA)) {
            return RuleVerdict.notApplicable(); // compressed construct analytics, no user input
        }
        List<String> evidence = new ArrayList<>();
        scan(resource.properties(), "Properties", evidence);
        return RuleVerdict.fromEvidence(evidence);
    }

    /**
     * Scans the parts of a template no rule visits (Parameters, Mappings, Outputs): an output or a parameter
     * default leaks a secret as surely as a resource property.
     */
    public static List<String> scanOutsideResources(JsonNode template) {
        List<String> evidence = new ArrayList<>();
        for (String section : List.of("Parameters", "Mappings", "Outputs")) {
            scan(template.path(section), section, evidence);
        }
        return evidence;
    }

    /** Adds one line per string under {@code node} that looks like a secret; names the path and the kind only. */
    static void scan(JsonNode node, String path, List<String> evidence) {
        if (node.isTextual()) {
            for (String kind : SecretPatterns.scan(node.textValue())) {
                evidence.add(path + ": " + kind);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                scan(node.get(i), path + "[" + i + "]", evidence);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!REFERENCES.contains(field.getKey())) {
                    scan(field.getValue(), path + "." + field.getKey(), evidence);
                }
            }
        }
    }
}
