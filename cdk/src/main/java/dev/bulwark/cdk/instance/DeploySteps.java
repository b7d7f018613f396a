package dev.bulwark.cdk.instance;

import dev.bulwark.blueprint.Blueprint;

import java.util.ArrayList;
import java.util.List;

/**
 * Lightsail API calls that Lightsail CloudFormation cannot make, recorded in the template for
 * {@code bulwark deploy} to perform and {@code bulwark status} to check. Rendered as
 * {@code Action argument; Action argument}.
 *
 * <p>Before create (template metadata {@value #PRE_CREATE_METADATA_KEY}, read from {@code cdk.out}): the
 * instance's key pair. {@code AWS::Lightsail::KeyPair} can neither import a public key nor, per the CDK's own
 * CloudFormation validator, be used in most Lightsail regions, and an instance without {@code KeyPairName} gets
 * the region's default key pair. So deploy imports the admin's key when it is RSA (the only type
 * {@code ImportKeyPair} takes), and otherwise creates a key pair and discards its private half at once.
 *
 * <p>After create (metadata {@value #POST_CREATE_METADATA_KEY} and the {@code PostCreateSteps} output):
 * IMDSv2-required and, for IPv4-only blueprints, {@code SetIpAddressType ipv4}.
 * See {@code docs/decisions/imdsv2-ipv4.md}.
 */
public final class DeploySteps {
    public static final String PRE_CREATE_METADATA_KEY = "bulwark:preCreateSteps";
    public static final String POST_CREATE_METADATA_KEY = "bulwark:postCreateSteps";
    public static final String IMPORT_KEY_PAIR = "ImportKeyPair";
    public static final String CREATE_KEY_PAIR = "CreateKeyPair";

    /**
     * One Lightsail API call.
     *
     * @param action   the Lightsail API action, e.g. {@code UpdateInstanceMetadataOptions}
     * @param argument its one setting or resource name, e.g. {@code httpTokens=required}
     */
    public record Step(String action, String argument) {
        @Override
        public String toString() {
            return action + " " + argument;
        }
    }

    public static final Step REQUIRE_IMDSV2 = new Step("UpdateInstanceMetadataOptions", "httpTokens=required");
    public static final Step IPV4_ONLY = new Step("SetIpAddressType", "ipv4");

    private DeploySteps() {
    }

    /** The key pair the instance names; never the region's default key pair. */
    public static String keyPairName(Blueprint blueprint) {
        return blueprint.name() + "-key";
    }

    /**
     * {@code ImportKeyPair <name>} with {@code admin.publicKey} when that is an RSA key, otherwise
     * {@code CreateKeyPair <name>} whose private key deploy must drop unread (a sealed key: nobody can log in
     * with it; the admin's key is installed by the host baseline).
     */
    public static List<Step> preCreate(Blueprint blueprint) {
        boolean rsa = blueprint.admin().publicKey().map(key -> key.startsWith("ssh-rsa ")).orElse(false);
        return List.of(new Step(rsa ? IMPORT_KEY_PAIR : CREATE_KEY_PAIR, keyPairName(blueprint)));
    }

    public static List<Step> postCreate(Blueprint blueprint) {
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
     * The inverse of {@link #render}, for the deploy and status commands reading the template or stack output.
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
                throw new IllegalArgumentException("deploy step '" + trimmed + "' is not 'Action argument';"
                        + " re-synthesize the stack with this version of bulwark");
            }
            steps.add(new Step(parts[0], parts[1]));
        }
        return List.copyOf(steps);
    }
}
