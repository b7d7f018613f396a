package dev.bulwark.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.services.lightsail.model.Container;
import software.amazon.awssdk.services.lightsail.model.ContainerServiceDeployment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Seam test double of CloudFormation's {@code AWS::Lightsail::Container} resource handler, reproducing what its
 * source does (aws-cloudformation/aws-cloudformation-resource-providers-lightsail, aws-lightsail-container):
 * <ul>
 *   <li>create ({@code CreateHandler}) calls {@code CreateContainerService} with name, power, scale, domains and
 *       tags only ({@code Translator.translateToCreateRequest}: no private registry access), then always runs the
 *       update path;</li>
 *   <li>update ({@code ContainerHandler.update}) first creates a deployment when the desired one differs from the
 *       current ({@code Container.createContainerServiceDeployment}, {@code isDeploymentRequired}; none when the
 *       template has no {@code ContainerServiceDeployment}), and only then calls {@code UpdateContainerService}
 *       with {@code privateRegistryAccess} ({@code IsActive=false} when the property is absent).</li>
 * </ul>
 * It runs when the CloudFormation double executes a change set, against the Lightsail double.
 */
final class ContainerHandlerDouble implements Consumer<String> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final FakeLightsail lightsail;

    ContainerHandlerDouble(FakeLightsail lightsail) {
        this.lightsail = lightsail;
    }

    @Override
    public void accept(String templateBody) {
        JsonNode properties = service(templateBody);
        String name = properties.path("ServiceName").asText();
        if (lightsail.live == null) {
            lightsail.createContainerService(b -> b.serviceName(name).power(properties.path("Power").asText())
                    .scale(properties.path("Scale").asInt()));
        }
        JsonNode deployment = properties.path("ContainerServiceDeployment");
        if (deployment.isObject() && required(deployment)) {
            lightsail.createContainerServiceDeployment(b -> b.serviceName(name).containers(containers(deployment))
                    .publicEndpoint(e -> e.containerName(deployment.path("PublicEndpoint").path("ContainerName")
                            .asText()).containerPort(deployment.path("PublicEndpoint").path("ContainerPort")
                            .asInt())));
        }
        boolean active = properties.path("PrivateRegistryAccess").path("EcrImagePullerRole").path("IsActive")
                .asBoolean(false);
        lightsail.updateContainerService(b -> b.serviceName(name).privateRegistryAccess(a -> a.ecrImagePullerRole(
                r -> r.isActive(active))));
    }

    /** As {@code isDeploymentRequired}: no current deployment, or other containers, images or environment. */
    private boolean required(JsonNode deployment) {
        ContainerServiceDeployment current = lightsail.live.toService().currentDeployment();
        return current == null || !current.containers().equals(containers(deployment));
    }

    private static Map<String, Container> containers(JsonNode deployment) {
        Map<String, Container> containers = new LinkedHashMap<>();
        for (JsonNode container : deployment.path("Containers")) {
            Map<String, String> environment = new LinkedHashMap<>();
            container.path("Environment").forEach(v -> environment.put(v.path("Variable").asText(),
                    v.path("Value").toString())); // a Ref or GetAtt stays as its JSON: CloudFormation resolves it
            containers.put(container.path("ContainerName").asText(), Container.builder()
                    .image(container.path("Image").asText()).environment(environment).build());
        }
        return containers;
    }

    private static JsonNode service(String templateBody) {
        try {
            for (JsonNode resource : JSON.readTree(templateBody).path("Resources")) {
                if ("AWS::Lightsail::Container".equals(resource.path("Type").asText())) {
                    return resource.path("Properties");
                }
            }
        } catch (Exception e) {
            throw new AssertionError("template is not JSON", e);
        }
        throw new AssertionError("no AWS::Lightsail::Container in the template");
    }
}
