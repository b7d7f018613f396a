package dev.bulwark.deploy;

import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.lightsail.model.Blueprint;
import software.amazon.awssdk.services.lightsail.model.Bundle;
import software.amazon.awssdk.services.lightsail.model.CreateKeyPairRequest;
import software.amazon.awssdk.services.lightsail.model.CreateKeyPairResponse;
import software.amazon.awssdk.services.lightsail.model.GetBlueprintsRequest;
import software.amazon.awssdk.services.lightsail.model.GetBlueprintsResponse;
import software.amazon.awssdk.services.lightsail.model.GetBundlesRequest;
import software.amazon.awssdk.services.lightsail.model.GetBundlesResponse;
import software.amazon.awssdk.services.lightsail.model.GetDomainsRequest;
import software.amazon.awssdk.services.lightsail.model.GetDomainsResponse;
import software.amazon.awssdk.services.lightsail.model.GetKeyPairRequest;
import software.amazon.awssdk.services.lightsail.model.GetKeyPairResponse;
import software.amazon.awssdk.services.lightsail.model.GetLoadBalancerTlsCertificatesRequest;
import software.amazon.awssdk.services.lightsail.model.GetLoadBalancerTlsCertificatesResponse;
import software.amazon.awssdk.services.lightsail.model.LoadBalancerTlsCertificate;
import software.amazon.awssdk.services.lightsail.model.LoadBalancerTlsCertificateDomainValidationRecord;
import software.amazon.awssdk.services.lightsail.model.NotFoundException;
import software.amazon.awssdk.services.lightsail.model.SetIpAddressTypeRequest;
import software.amazon.awssdk.services.lightsail.model.SetIpAddressTypeResponse;
import software.amazon.awssdk.services.lightsail.model.UpdateInstanceMetadataOptionsRequest;
import software.amazon.awssdk.services.lightsail.model.UpdateInstanceMetadataOptionsResponse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Seam test double of the Lightsail control plane, which has no real counterpart on this machine: bundles,
 * blueprints, a load balancer certificate whose status follows a script, key pairs and the post-create calls.
 */
final class FakeLightsail implements LightsailClient {
    List<String> bundles = List.of("small_3_0", "medium_3_0");
    final Deque<String> certificateStatuses = new ArrayDeque<>();
    String lastCertificateStatus = "PENDING_VALIDATION";
    final List<String> calls = new ArrayList<>();
    /** What GetInstancePortStates answers (its firewall as Lightsail reports it). */
    List<software.amazon.awssdk.services.lightsail.model.InstancePortState> portStates = List.of(
            software.amazon.awssdk.services.lightsail.model.InstancePortState.builder().fromPort(18789)
                    .toPort(18789).protocol("tcp").state("open").cidrListAliases("lightsail-connect")
                    .cidrs("172.26.0.0/16").build());

    @Override
    public GetBundlesResponse getBundles(GetBundlesRequest request) {
        return GetBundlesResponse.builder().bundles(bundles.stream()
                .map(id -> Bundle.builder().bundleId(id).isActive(true).build()).toList()).build();
    }

    @Override
    public GetBlueprintsResponse getBlueprints(GetBlueprintsRequest request) {
        return GetBlueprintsResponse.builder().blueprints(Blueprint.builder().blueprintId("ubuntu_24_04").build())
                .build();
    }

    @Override
    public GetKeyPairResponse getKeyPair(GetKeyPairRequest request) {
        throw NotFoundException.builder().message("no key pair " + request.keyPairName()).build();
    }

    @Override
    public CreateKeyPairResponse createKeyPair(CreateKeyPairRequest request) {
        calls.add("CreateKeyPair " + request.keyPairName());
        return CreateKeyPairResponse.builder().privateKeyBase64("-----BEGIN RSA PRIVATE KEY----- PRIVATE-KEY-MATERIAL").build();
    }

    @Override
    public GetLoadBalancerTlsCertificatesResponse getLoadBalancerTlsCertificates(
            GetLoadBalancerTlsCertificatesRequest request) {
        if (!certificateStatuses.isEmpty()) {
            lastCertificateStatus = certificateStatuses.poll();
        }
        return GetLoadBalancerTlsCertificatesResponse.builder().tlsCertificates(LoadBalancerTlsCertificate.builder()
                .name("agent-cert").status(lastCertificateStatus)
                .domainValidationRecords(LoadBalancerTlsCertificateDomainValidationRecord.builder()
                        .name("_abc.agent.example.com.").type("CNAME").value("_xyz.acm-validations.aws.").build())
                .build()).build();
    }

    @Override
    public GetDomainsResponse getDomains(GetDomainsRequest request) {
        return GetDomainsResponse.builder().build();
    }

    @Override
    public UpdateInstanceMetadataOptionsResponse updateInstanceMetadataOptions(
            UpdateInstanceMetadataOptionsRequest request) {
        calls.add("UpdateInstanceMetadataOptions " + request.instanceName() + " " + request.httpTokensAsString());
        return UpdateInstanceMetadataOptionsResponse.builder().build();
    }

    @Override
    public SetIpAddressTypeResponse setIpAddressType(SetIpAddressTypeRequest request) {
        calls.add("SetIpAddressType " + request.resourceName() + " " + request.ipAddressTypeAsString());
        return SetIpAddressTypeResponse.builder().build();
    }

    @Override
    public software.amazon.awssdk.services.lightsail.model.GetInstancePortStatesResponse getInstancePortStates(
            software.amazon.awssdk.services.lightsail.model.GetInstancePortStatesRequest request) {
        return software.amazon.awssdk.services.lightsail.model.GetInstancePortStatesResponse.builder()
                .portStates(portStates).build();
    }

    @Override
    public software.amazon.awssdk.services.lightsail.model.GetInstanceResponse getInstance(
            software.amazon.awssdk.services.lightsail.model.GetInstanceRequest request) {
        return software.amazon.awssdk.services.lightsail.model.GetInstanceResponse.builder().instance(
                software.amazon.awssdk.services.lightsail.model.Instance.builder().name(request.instanceName())
                        .state(s -> s.name("running")).ipAddressType("ipv4")
                        .metadataOptions(m -> m.httpTokens("required")).build()).build();
    }

    @Override
    public software.amazon.awssdk.services.lightsail.model.CreateInstanceSnapshotResponse createInstanceSnapshot(
            software.amazon.awssdk.services.lightsail.model.CreateInstanceSnapshotRequest request) {
        calls.add("CreateInstanceSnapshot " + request.instanceName() + " " + request.instanceSnapshotName());
        onCreateInstanceSnapshot.run();
        return software.amazon.awssdk.services.lightsail.model.CreateInstanceSnapshotResponse.builder().build();
    }

    /** Run when a snapshot is asked for, e.g. to record what the CloudFormation fake has seen by then. */
    Runnable onCreateInstanceSnapshot = () -> { };

    /** Where the static IP sits: the StaticIp handler's AttachStaticIp (or deploy's) moves it. */
    String staticIpAttachedTo = "openclaw-prod";

    @Override
    public software.amazon.awssdk.services.lightsail.model.GetStaticIpResponse getStaticIp(
            software.amazon.awssdk.services.lightsail.model.GetStaticIpRequest request) {
        return software.amazon.awssdk.services.lightsail.model.GetStaticIpResponse.builder()
                .staticIp(ip -> ip.name(request.staticIpName()).attachedTo(staticIpAttachedTo)
                        .isAttached(staticIpAttachedTo != null)).build();
    }

    @Override
    public software.amazon.awssdk.services.lightsail.model.AttachStaticIpResponse attachStaticIp(
            software.amazon.awssdk.services.lightsail.model.AttachStaticIpRequest request) {
        calls.add("AttachStaticIp " + request.staticIpName() + " " + request.instanceName());
        staticIpAttachedTo = request.instanceName();
        return software.amazon.awssdk.services.lightsail.model.AttachStaticIpResponse.builder().build();
    }

    final Deque<String> snapshotStates = new ArrayDeque<>(List.of("pending", "available"));

    @Override
    public software.amazon.awssdk.services.lightsail.model.GetInstanceSnapshotResponse getInstanceSnapshot(
            software.amazon.awssdk.services.lightsail.model.GetInstanceSnapshotRequest request) {
        String state = snapshotStates.size() > 1 ? snapshotStates.poll() : snapshotStates.peek();
        return software.amazon.awssdk.services.lightsail.model.GetInstanceSnapshotResponse.builder()
                .instanceSnapshot(s -> s.name(request.instanceSnapshotName()).state(state)).build();
    }

    @Override
    public software.amazon.awssdk.services.lightsail.model.DeleteKeyPairResponse deleteKeyPair(
            software.amazon.awssdk.services.lightsail.model.DeleteKeyPairRequest request) {
        calls.add("DeleteKeyPair " + request.keyPairName());
        return software.amazon.awssdk.services.lightsail.model.DeleteKeyPairResponse.builder().build();
    }

    @Override
    public software.amazon.awssdk.services.lightsail.model.GetInstanceAccessDetailsResponse getInstanceAccessDetails(
            software.amazon.awssdk.services.lightsail.model.GetInstanceAccessDetailsRequest request) {
        return software.amazon.awssdk.services.lightsail.model.GetInstanceAccessDetailsResponse.builder()
                .accessDetails(d -> d.ipAddress("203.0.113.10").username("ubuntu").privateKey("LOGIN-PRIVATE-KEY")
                        .certKey("ssh-ed25519-cert-v01@openssh.com AAAAcert").hostKeys(
                                software.amazon.awssdk.services.lightsail.model.HostKeyAttributes.builder()
                                        .algorithm("ssh-ed25519").publicKey("AAAAC3NzaHostKey").build()))
                .build();
    }

    @Override
    public software.amazon.awssdk.services.lightsail.model.OpenInstancePublicPortsResponse openInstancePublicPorts(
            software.amazon.awssdk.services.lightsail.model.OpenInstancePublicPortsRequest request) {
        calls.add("OpenInstancePublicPorts " + request.portInfo().fromPort() + " " + request.portInfo().cidrs());
        return software.amazon.awssdk.services.lightsail.model.OpenInstancePublicPortsResponse.builder().build();
    }

    @Override
    public software.amazon.awssdk.services.lightsail.model.CloseInstancePublicPortsResponse closeInstancePublicPorts(
            software.amazon.awssdk.services.lightsail.model.CloseInstancePublicPortsRequest request) {
        calls.add("CloseInstancePublicPorts " + request.portInfo().fromPort() + " " + request.portInfo().cidrs());
        return software.amazon.awssdk.services.lightsail.model.CloseInstancePublicPortsResponse.builder().build();
    }

    /** Other deployments' load balancers, each holding one certificate. */
    int otherLoadBalancers;

    @Override
    public software.amazon.awssdk.services.lightsail.model.GetLoadBalancersResponse getLoadBalancers(
            software.amazon.awssdk.services.lightsail.model.GetLoadBalancersRequest request) {
        return software.amazon.awssdk.services.lightsail.model.GetLoadBalancersResponse.builder().loadBalancers(
                java.util.stream.IntStream.range(0, otherLoadBalancers).mapToObj(i -> software.amazon.awssdk.services
                        .lightsail.model.LoadBalancer.builder().name("other-" + i).build()).toList()).build();
    }

    // Container mode: powers, the Lightsail certificate and the container service, each scripted.
    List<String> powers = List.of("nano", "micro", "small", "medium");
    final Deque<String> serviceCertificateStatuses = new ArrayDeque<>();
    String lastServiceCertificateStatus = "PENDING_VALIDATION";
    int otherCertificates;
    /** Each poll takes the next service; the last one stays. */
    final Deque<software.amazon.awssdk.services.lightsail.model.ContainerService> services = new ArrayDeque<>();

    @Override
    public software.amazon.awssdk.services.lightsail.model.GetContainerServicePowersResponse getContainerServicePowers(
            software.amazon.awssdk.services.lightsail.model.GetContainerServicePowersRequest request) {
        return software.amazon.awssdk.services.lightsail.model.GetContainerServicePowersResponse.builder().powers(
                powers.stream().map(p -> software.amazon.awssdk.services.lightsail.model.ContainerServicePower
                        .builder().name(p).isActive(true).build()).toList()).build();
    }

    @Override
    public software.amazon.awssdk.services.lightsail.model.GetCertificatesResponse getCertificates(
            software.amazon.awssdk.services.lightsail.model.GetCertificatesRequest request) {
        if (request.certificateName() == null) {
            calls.add("GetCertificates (count)");
            return software.amazon.awssdk.services.lightsail.model.GetCertificatesResponse.builder().certificates(
                    java.util.stream.IntStream.range(0, otherCertificates).mapToObj(i -> software.amazon.awssdk
                            .services.lightsail.model.CertificateSummary.builder().certificateName("other-" + i)
                            .build()).toList()).build();
        }
        if (!serviceCertificateStatuses.isEmpty()) {
            lastServiceCertificateStatus = serviceCertificateStatuses.poll();
        }
        return software.amazon.awssdk.services.lightsail.model.GetCertificatesResponse.builder().certificates(
                software.amazon.awssdk.services.lightsail.model.CertificateSummary.builder()
                        .certificateName(request.certificateName()).certificateDetail(c -> c
                                .name(request.certificateName()).status(lastServiceCertificateStatus)
                                .domainValidationRecords(software.amazon.awssdk.services.lightsail.model
                                        .DomainValidationRecord.builder().domainName("agent.example.com")
                                        .resourceRecord(r -> r.name("_cs1.agent.example.com.").type("CNAME")
                                                .value("_cs2.acm-validations.aws.")).build())).build()).build();
    }

    /**
     * Deployments GetContainerServiceDeployments adds to the service's current and next ones, as Lightsail lists
     * every deployment (a failed one too, which GetContainerServices no longer shows once it failed).
     */
    final List<software.amazon.awssdk.services.lightsail.model.ContainerServiceDeployment> otherDeployments =
            new java.util.ArrayList<>();
    private software.amazon.awssdk.services.lightsail.model.ContainerService lastService;

    @Override
    public software.amazon.awssdk.services.lightsail.model.GetContainerServiceDeploymentsResponse
            getContainerServiceDeployments(
            software.amazon.awssdk.services.lightsail.model.GetContainerServiceDeploymentsRequest request) {
        calls.add("GetContainerServiceDeployments " + request.serviceName());
        if (live != null) {
            return software.amazon.awssdk.services.lightsail.model.GetContainerServiceDeploymentsResponse.builder()
                    .deployments(live.deployments).build();
        }
        List<software.amazon.awssdk.services.lightsail.model.ContainerServiceDeployment> all =
                new java.util.ArrayList<>(otherDeployments);
        if (lastService != null && lastService.currentDeployment() != null) {
            all.add(lastService.currentDeployment());
        }
        if (lastService != null && lastService.nextDeployment() != null) {
            all.add(lastService.nextDeployment());
        }
        return software.amazon.awssdk.services.lightsail.model.GetContainerServiceDeploymentsResponse.builder()
                .deployments(all).build();
    }

    @Override
    public software.amazon.awssdk.services.lightsail.model.GetContainerServicesResponse getContainerServices(
            software.amazon.awssdk.services.lightsail.model.GetContainerServicesRequest request) {
        calls.add("GetContainerServices " + request.serviceName());
        if (live != null) {
            return software.amazon.awssdk.services.lightsail.model.GetContainerServicesResponse.builder()
                    .containerServices(live.toService()).build();
        }
        software.amazon.awssdk.services.lightsail.model.ContainerService service = services.size() > 1
                ? services.poll() : services.peek();
        lastService = service;
        return software.amazon.awssdk.services.lightsail.model.GetContainerServicesResponse.builder()
                .containerServices(service == null ? List.of() : List.of(service)).build();
    }

    /** Deployments created with CreateContainerServiceDeployment, as requested (rotate starts one). */
    final List<software.amazon.awssdk.services.lightsail.model.CreateContainerServiceDeploymentRequest>
            createdDeployments = new ArrayList<>();

    @Override
    public software.amazon.awssdk.services.lightsail.model.CreateContainerServiceDeploymentResponse
            createContainerServiceDeployment(
            software.amazon.awssdk.services.lightsail.model.CreateContainerServiceDeploymentRequest request) {
        calls.add("CreateContainerServiceDeployment " + request.serviceName());
        createdDeployments.add(request);
        if (live != null) {
            live.deploy(request, canPull).ifPresent(calls::add);
        }
        return software.amazon.awssdk.services.lightsail.model.CreateContainerServiceDeploymentResponse.builder()
                .build();
    }

    /**
     * The container service as Lightsail keeps it once CreateContainerService made it (a handler double calls it);
     * while null, GetContainerServices answers from the scripted {@link #services}.
     */
    LiveContainerService live;
    /** Whether a principal may pull from a private ECR repository (the ECR double's repository policy decides). */
    java.util.function.BiPredicate<String, String> canPull = (principal, image) -> false;

    @Override
    public software.amazon.awssdk.services.lightsail.model.CreateContainerServiceResponse createContainerService(
            software.amazon.awssdk.services.lightsail.model.CreateContainerServiceRequest request) {
        calls.add("CreateContainerService " + request.serviceName() + (request.privateRegistryAccess() == null
                ? "" : " privateRegistryAccess"));
        live = new LiveContainerService(request.serviceName());
        return software.amazon.awssdk.services.lightsail.model.CreateContainerServiceResponse.builder().build();
    }

    @Override
    public software.amazon.awssdk.services.lightsail.model.UpdateContainerServiceResponse updateContainerService(
            software.amazon.awssdk.services.lightsail.model.UpdateContainerServiceRequest request) {
        boolean active = request.privateRegistryAccess() != null
                && Boolean.TRUE.equals(request.privateRegistryAccess().ecrImagePullerRole().isActive());
        calls.add("UpdateContainerService " + request.serviceName() + " pullerRole=" + active);
        live.pullerRole(active);
        return software.amazon.awssdk.services.lightsail.model.UpdateContainerServiceResponse.builder().build();
    }

    @Override
    public String serviceName() {
        return "lightsail";
    }

    @Override
    public void close() {
    }
}
