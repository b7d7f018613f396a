package dev.bulwark.cdk.instance;

import dev.bulwark.blueprint.Blueprint;

import java.util.ArrayList;
import java.util.List;

/**
 * Settings Lightsail CloudFormation cannot express (IMDSv2-required, IPv4-only), recorded in the template so
 * {@code bulwark deploy} applies them right after create and {@code bulwark status} can check them. The
 * rendered form, e.g. {@code UpdateInstanceMetadataOptions httpTokens=required; SetIpAddressType ipv4}, is the
 * {@code PostCreateSteps} output and the {@code bulwark:postCreateSteps} template metadata.
 * See {@code docs/decisions/imdsv2-ipv4.md}.
 */
public final class PostCreateSteps {
    public static final String METADATA_KEY = "bulwark:postCreateSteps";

    /**
     * One Lightsail API call on the instance.
     *
     * @param action   the Lightsail API action, e.g. {@code UpdateInstanceMetadataOptions}
     * @param argument its one setting, e.g. {@code httpTokens=required}
     */
    public record Step(String action, String argument) {
        @Override
        public String toString() {
            return action + " " + argument;
        }
    }

    public static final Step REQUIRE_IMDSV2 = new Step("UpdateInstanceMetadataOptions", "httpTokens=required");
    public static final Step IPV4_ONLY = new Step("SetIpAddressType", "ipv4");

    private PostCreateSteps() {
    }

    public static List<Step> forBlueprint(Blueprint blueprint) {
        List<Step> steps = new ArrayList<>();
        steps.add(REQUIRE_IMDSV2);
        if (blueprint.network().ipv4Only()) {
            steps.add(IPV4_ONLY);
        }
        return List.copyOf(steps);
    }

    public static String render(List<Step> steps) {
        return String.join("; ", steps.stream().map(Step::toString).toList());
    }

    /**
     * The inverse of {@link #render}, for the deploy and status commands reading the stack output.
     *
     * @throws IllegalArgumentException if an entry is not {@code Action argument}
     */
    public static List<Step> parse(String rendered) {
        List<Step> steps = new ArrayList<>();
        for (String entry : rendered.split(";")) {
            String trimmed = entry.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] parts = trimmed.split(" ");
            if (parts.length != 2) {
                throw new IllegalArgumentException("post-create step '" + trimmed + "' is not 'Action argument';"
                        + " re-synthesize the stack with this version of bulwark");
            }
            steps.add(new Step(parts[0], parts[1]));
        }
        return List.copyOf(steps);
    }
}
