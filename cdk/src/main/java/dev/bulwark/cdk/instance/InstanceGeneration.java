package dev.bulwark.cdk.instance;

import software.constructs.Construct;

/**
 * Which build of the host this is. Lightsail runs user data only when it creates an instance and CloudFormation's
 * Instance handler never replaces one for a new {@code UserData}, but {@code InstanceName} is create-only: a new
 * generation gives the instance a new name ({@code my-agent-g2}), so CloudFormation creates it from the current
 * baseline, moves the static IP and the load balancer attachment to it, and deletes the old one. Generation 1 keeps
 * the blueprint's name, so stacks made before generations existed are not replaced by this.
 *
 * <p>From the CDK context key {@value #CONTEXT_KEY} ({@code -c bulwark:instanceGeneration=2}); deploy raises it
 * only when the baseline changed and the operator asked for the replacement.
 */
public final class InstanceGeneration {
    public static final String CONTEXT_KEY = "bulwark:instanceGeneration";
    public static final int FIRST = 1;
    private static final String SUFFIX = "-g";

    private InstanceGeneration() {
    }

    /**
     * @throws IllegalArgumentException if the context value is not a whole number of 1 or more
     */
    public static int resolve(Construct scope) {
        Object value = scope.getNode().tryGetContext(CONTEXT_KEY);
        if (value == null) {
            return FIRST;
        }
        try {
            int generation = Integer.parseInt(String.valueOf(value).strip());
            if (generation >= FIRST) {
                return generation;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("context " + CONTEXT_KEY + " must be a whole number of 1 or more, not '"
                + value + "'");
    }

    /** {@code base} for the first generation, {@code base-gN} after. */
    public static String instanceName(String base, int generation) {
        return generation <= FIRST ? base : base + SUFFIX + generation;
    }

    /** The generation an instance name made by {@link #instanceName} carries (1 for the plain name). */
    public static int of(String base, String instanceName) {
        if (instanceName.startsWith(base + SUFFIX)) {
            try {
                return Integer.parseInt(instanceName.substring(base.length() + SUFFIX.length()));
            } catch (NumberFormatException e) {
                return FIRST;
            }
        }
        return FIRST;
    }
}
