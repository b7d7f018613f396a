package dev.bulwark.cdk.nag;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A tag can be moved to different content at any time, so a container service that pulls by tag runs whatever the
 * registry serves at its next deployment or node replacement. Every image must name its content by digest
 * ({@code repo@sha256:<64 hex>}); an image given as an expression cannot be shown to be pinned.
 */
final class ContainerImageNotPinnedRule extends ResourceTypeRule {

    private static final Pattern PINNED = Pattern.compile(".+@sha256:[0-9a-f]{64}");

    static final RuleInfo INFO = LightsailRule.describe("ContainerImageNotPinned", Severity.HIGH,
            "Container image is not pinned by digest",
            "An image referenced by tag can be replaced in the registry, so the service may run code nobody"
                    + " reviewed the next time Lightsail pulls it.",
            "Reference every image as repository@sha256:<digest> (docker buildx imagetools inspect prints it).");

    ContainerImageNotPinnedRule() {
        super(INFO, LightsailTypes.CONTAINER);
    }

    @Override
    RuleVerdict checkApplicable(LightsailResource resource) {
        List<String> evidence = new ArrayList<>();
        for (JsonNode container : resource.containers()) {
            String name = container.path("ContainerName").asText("?");
            JsonNode image = container.path("Image");
            if (!image.isTextual()) {
                evidence.add("container " + name + " image is " + (image.isMissingNode() ? "missing"
                        : "an expression, so its digest cannot be checked"));
            } else if (!PINNED.matcher(image.textValue()).matches()) {
                evidence.add("container " + name + " image " + image.textValue() + " has no @sha256:<64 hex> digest");
            }
        }
        return RuleVerdict.fromEvidence(evidence);
    }
}
