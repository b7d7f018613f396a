package dev.bulwark.cdk.container;

import dev.bulwark.blueprint.Container;
import software.constructs.Construct;

import java.util.List;
import java.util.Locale;

/**
 * Whether the container service's deployment may be in the template yet. A private Amazon ECR image can be pulled
 * only by the service's ECR image puller role, once the repository policy grants that role's principal; the
 * principal exists only once the service does. CloudFormation's container handler creates the service without
 * private registry access and, on every update, creates the deployment before it turns the puller role on, so a
 * template that holds both never pulls on its first deployment.
 *
 * <p>A blueprint with a private ECR image is therefore deployed in two phases: {@link #AWAITING_GRANT} (the service
 * with its puller role active and no deployment; deploy then grants the principal pull on the repository) and
 * {@link #GRANTED} ({@code -c }{@value #CONTEXT_KEY}{@code =true}: the deployment as well). Public images need
 * neither: {@link #NOT_NEEDED}, one pass.
 */
public enum RegistryAccess {
    /** No private ECR image: no puller role, the deployment always in the template. */
    NOT_NEEDED,
    /** Phase A: the service with its puller role active, no deployment (nothing pulls yet). */
    AWAITING_GRANT,
    /** Phase B: pull access granted; the puller role stays active and the deployment is added. */
    GRANTED;

    public static final String CONTEXT_KEY = "bulwark:registryAccessGranted";

    /**
     * @throws IllegalArgumentException if the context value is neither {@code true} nor {@code false}
     */
    public static RegistryAccess resolve(Construct scope, Container container) {
        Object value = scope.getNode().tryGetContext(CONTEXT_KEY);
        boolean granted;
        if (value == null || Boolean.FALSE.equals(value) || "false".equals(value)) {
            granted = false;
        } else if (Boolean.TRUE.equals(value) || "true".equals(value)) {
            granted = true;
        } else {
            throw new IllegalArgumentException("context " + CONTEXT_KEY + " must be true or false, not '" + value
                    + "'; pass -c " + CONTEXT_KEY + "=true only once the service's ECR image puller principal may"
                    + " pull from the repository");
        }
        if (privateEcrImages(container).isEmpty()) {
            return NOT_NEEDED;
        }
        return granted ? GRANTED : AWAITING_GRANT;
    }

    /** The blueprint's images in private Amazon ECR repositories, gateway first; empty for public images. */
    public static List<String> privateEcrImages(Container container) {
        return List.of(container.gatewayImage(), container.proxyImage()).stream().filter(Container::isPrivateEcr)
                .distinct().toList();
    }

    public boolean pullerRoleActive() {
        return this != NOT_NEEDED;
    }

    public boolean deploymentIncluded() {
        return this != AWAITING_GRANT;
    }

    /** The value of the {@link ContainerStackOutputs#REGISTRY_ACCESS} output. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
