package dev.bulwark.discover.aws;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.lightsail.model.ContainerService;
import software.amazon.awssdk.services.lightsail.model.GetContainerServicesRequest;
import software.amazon.awssdk.services.lightsail.model.GetContainerServicesResponse;
import software.amazon.awssdk.services.lightsail.model.GetInstancePortStatesRequest;
import software.amazon.awssdk.services.lightsail.model.GetInstancePortStatesResponse;
import software.amazon.awssdk.services.lightsail.model.GetInstancesRequest;
import software.amazon.awssdk.services.lightsail.model.GetInstancesResponse;
import software.amazon.awssdk.services.lightsail.model.GetLoadBalancersRequest;
import software.amazon.awssdk.services.lightsail.model.GetLoadBalancersResponse;
import software.amazon.awssdk.services.lightsail.model.GetRegionsRequest;
import software.amazon.awssdk.services.lightsail.model.GetRegionsResponse;
import software.amazon.awssdk.services.lightsail.model.Instance;
import software.amazon.awssdk.services.lightsail.model.InstancePortState;
import software.amazon.awssdk.services.lightsail.model.LoadBalancer;
import software.amazon.awssdk.services.lightsail.model.Region;

/**
 * A stand-in for one region's Lightsail control plane at the SDK client interface (no AWS here; the seam the
 * project allows). Instances come in pages; every call is recorded as an IAM action for the policy test.
 */
final class SeamLightsail implements LightsailClient {
    final Set<String> actions;
    List<String> regions = List.of();
    List<List<Instance>> instancePages = List.of();
    Map<String, List<InstancePortState>> portStates = new HashMap<>();
    List<ContainerService> containerServices = List.of();
    List<LoadBalancer> loadBalancers = List.of();
    String failWith;

    SeamLightsail(Set<String> actions) {
        this.actions = actions;
    }

    static Set<String> recorder() {
        return java.util.Collections.synchronizedSet(new TreeSet<>());
    }

    private void call(String action) {
        actions.add("lightsail:" + action);
        if (failWith != null) {
            throw AwsServiceException.builder().statusCode(400).awsErrorDetails(AwsErrorDetails.builder()
                    .errorCode(failWith).errorMessage("the region is not enabled for this account").build()).build();
        }
    }

    @Override
    public GetRegionsResponse getRegions(GetRegionsRequest request) {
        call("GetRegions");
        return GetRegionsResponse.builder().regions(regions.stream().map(r -> Region.builder().name(r).build())
                .toList()).build();
    }

    @Override
    public GetInstancesResponse getInstances(GetInstancesRequest request) {
        call("GetInstances");
        int page = request.pageToken() == null ? 0 : Integer.parseInt(request.pageToken());
        List<Instance> instances = instancePages.isEmpty() ? List.of() : instancePages.get(page);
        String next = page + 1 < instancePages.size() ? Integer.toString(page + 1) : null;
        return GetInstancesResponse.builder().instances(instances).nextPageToken(next).build();
    }

    @Override
    public GetInstancePortStatesResponse getInstancePortStates(GetInstancePortStatesRequest request) {
        call("GetInstancePortStates");
        return GetInstancePortStatesResponse.builder()
                .portStates(portStates.getOrDefault(request.instanceName(), new ArrayList<>())).build();
    }

    @Override
    public GetContainerServicesResponse getContainerServices(GetContainerServicesRequest request) {
        call("GetContainerServices");
        return GetContainerServicesResponse.builder().containerServices(containerServices).build();
    }

    @Override
    public GetLoadBalancersResponse getLoadBalancers(GetLoadBalancersRequest request) {
        call("GetLoadBalancers");
        return GetLoadBalancersResponse.builder().loadBalancers(loadBalancers).build();
    }

    @Override
    public String serviceName() {
        return "lightsail";
    }

    @Override
    public void close() {
    }
}
