package dev.bulwark.cdk.container;

import dev.bulwark.baseline.container.ContainerBaseline;
import dev.bulwark.baseline.container.ContainerSpec;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.Container;
import dev.bulwark.cdk.nag.AccessTag;
import dev.bulwark.cdk.instance.CertificatePhase;
import dev.bulwark.cdk.nag.Acknowledgements;
import software.amazon.awscdk.services.lightsail.CfnContainer;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Lightsail container service: the gateway container, reachable only on the service's private network, and
 * the proxy container as the single public endpoint, health-checked through the proxy. Containers come from
 * {@link ContainerBaseline}; the stack adds only the secret reader's key, as CloudFormation references.
 *
 * <p>Phase 1 leaves {@code PublicDomainNames} out (an unvalidated certificate cannot be attached); phase 2
 * ({@code -c bulwark:certificateValidated=true}) attaches the certificate for the blueprint's domain names.
 * With a private ECR image the deployment waits for {@link RegistryAccess#GRANTED}; the puller role is on in both
 * of its phases.
 */
public final class GatewayContainerService extends Construct {
    public static final String SUCCESS_CODES = "200";
    public static final int HEALTH_INTERVAL_SECONDS = 10;
    public static final int HEALTH_TIMEOUT_SECONDS = 5;
    public static final int HEALTHY_THRESHOLD = 2;
    public static final int UNHEALTHY_THRESHOLD = 3;
    private static final String ENVIRONMENT_SECRET_RULE = "Lightsail-ContainerEnvironmentSecret";

    private final CfnContainer service;

    public GatewayContainerService(Construct scope, String id, Blueprint blueprint, ContainerBaseline baseline,
                                   SecretReader reader, ServiceCertificate certificate, CertificatePhase phase,
                                   RegistryAccess access) {
        super(scope, id);
        Container container = blueprint.container();
        Map<String, String> gatewayReferences = new LinkedHashMap<>();
        gatewayReferences.put(ContainerBaseline.READER_KEY_ID_ENV, reader.accessKeyIdRef());
        gatewayReferences.put(ContainerBaseline.READER_SECRET_ENV, reader.secretAccessKeyAttr());

        CfnContainer.ContainerServiceDeploymentProperty deployment = CfnContainer.ContainerServiceDeploymentProperty
                .builder()
                .containers(List.of(container(baseline.gateway(), gatewayReferences),
                        container(baseline.proxy(), Map.of())))
                .publicEndpoint(CfnContainer.PublicEndpointProperty.builder()
                        .containerName(baseline.proxy().name())
                        .containerPort(baseline.publicPort())
                        .healthCheckConfig(CfnContainer.HealthCheckConfigProperty.builder()
                                .path(baseline.healthCheckPath())
                                .successCodes(SUCCESS_CODES)
                                .intervalSeconds(HEALTH_INTERVAL_SECONDS)
                                .timeoutSeconds(HEALTH_TIMEOUT_SECONDS)
                                .healthyThreshold(HEALTHY_THRESHOLD)
                                .unhealthyThreshold(UNHEALTHY_THRESHOLD)
                                .build())
                        .build())
                .build();

        CfnContainer.Builder builder = CfnContainer.Builder.create(this, "Service")
                .serviceName(blueprint.name())
                .power(container.power())
                .scale(container.scale())
                .isDisabled(false)
                .tags(List.of(AccessTag.of(blueprint.access())));
        if (access.deploymentIncluded()) {
            builder.containerServiceDeployment(deployment);
        }
        // Every phase keeps the role active: the handler's update sends IsActive=false when the property is absent.
        if (access.pullerRoleActive()) {
            builder.privateRegistryAccess(CfnContainer.PrivateRegistryAccessProperty.builder()
                    .ecrImagePullerRole(CfnContainer.EcrImagePullerRoleProperty.builder().isActive(true).build())
                    .build());
        }
        if (phase.attached()) {
            builder.publicDomainNames(List.of(CfnContainer.PublicDomainNameProperty.builder()
                    .certificateName(certificate.certificateName())
                    .domainNames(certificate.domainNames())
                    .build()));
        }
        service = builder.build();
        service.addResourceDependency(certificate.certificate());
        String reason = "the gateway's read-only Secrets Manager key is the design's one accepted credential in the"
                + " environment: a container service cannot assume a role; the key's IAM user may only"
                + " GetSecretValue on this deployment's secrets, the values come from CloudFormation attributes"
                + " (never the template) and deploy rotates the key by raising "
                + ContainerStackOutputs.READER_KEY_SERIAL_CONTEXT;
        for (String variable : gatewayReferences.keySet()) {
            Acknowledgements.of(service).acknowledge(ENVIRONMENT_SECRET_RULE + "[" + baseline.gateway().name() + "."
                    + variable + "]", reason);
        }
    }

    private static CfnContainer.ContainerProperty container(ContainerSpec spec, Map<String, String> references) {
        List<CfnContainer.EnvironmentVariableProperty> environment = new ArrayList<>();
        spec.environment().forEach((name, value) -> environment.add(variable(name, value)));
        references.forEach((name, value) -> environment.add(variable(name, value)));
        List<CfnContainer.PortInfoProperty> ports = new ArrayList<>();
        spec.ports().forEach((port, protocol) -> ports.add(CfnContainer.PortInfoProperty.builder()
                .port(Integer.toString(port)).protocol(protocol).build()));
        CfnContainer.ContainerProperty.Builder builder = CfnContainer.ContainerProperty.builder()
                .containerName(spec.name())
                .image(spec.image());
        if (!spec.command().isEmpty()) {
            builder.command(spec.command());
        }
        if (!environment.isEmpty()) {
            builder.environment(environment);
        }
        if (!ports.isEmpty()) {
            builder.ports(ports);
        }
        return builder.build();
    }

    private static CfnContainer.EnvironmentVariableProperty variable(String name, String value) {
        return CfnContainer.EnvironmentVariableProperty.builder().variable(name).value(value).build();
    }

    public CfnContainer service() {
        return service;
    }
}
