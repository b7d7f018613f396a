package dev.bulwark.cdk.nag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Finds a construct's resource in the template that synthesis has just written. Validation plugins run after
 * the templates are on disk, so rules see the final properties, raw overrides included, with no jsii round
 * trip per property.
 */
final class TemplateResourceReader implements Function<CfnResource, LightsailResource> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public LightsailResource apply(CfnResource node) {
        Stack stack = node.getStack();
        String logicalId = String.valueOf(stack.resolve(node.getLogicalId()));
        Path template = Path.of(Stage.of(node).getOutdir()).resolve(stack.getTemplateFile());
        JsonNode resource;
        try {
            resource = JSON.readTree(template.toFile()).path("Resources").path(logicalId);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read synthesized template " + template, e);
        }
        if (resource.isMissingNode()) {
            throw new IllegalStateException("resource " + logicalId + " is not in " + template);
        }
        return new LightsailResource(node.getCfnResourceType(), logicalId, resource.path("Properties"));
    }
}
