package dev.bulwark.deploy.hostsecrets;

import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.lightsail.model.CloseInstancePublicPortsRequest;
import software.amazon.awssdk.services.lightsail.model.CloseInstancePublicPortsResponse;
import software.amazon.awssdk.services.lightsail.model.GetInstanceAccessDetailsRequest;
import software.amazon.awssdk.services.lightsail.model.GetInstanceAccessDetailsResponse;
import software.amazon.awssdk.services.lightsail.model.GetInstancePortStatesRequest;
import software.amazon.awssdk.services.lightsail.model.GetInstancePortStatesResponse;
import software.amazon.awssdk.services.lightsail.model.HostKeyAttributes;
import software.amazon.awssdk.services.lightsail.model.OpenInstancePublicPortsRequest;
import software.amazon.awssdk.services.lightsail.model.OpenInstancePublicPortsResponse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Seam double of the Lightsail control plane (no real counterpart here): hands out the access details of a loopback
 * sshd (user, key, certificate, host key) and records the firewall calls, so a test sees a just-in-time SSH window
 * opened and revoked.
 */
public final class AccessDetailsLightsail implements LightsailClient {
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final String user;
    private final String key;
    private final String certificate;
    private final String hostAlgorithm;
    private final String hostKey;

    AccessDetailsLightsail(String user, String key, String certificate, String hostAlgorithm, String hostKey) {
        this.user = user;
        this.key = key;
        this.certificate = certificate;
        this.hostAlgorithm = hostAlgorithm;
        this.hostKey = hostKey;
    }

    /** The firewall calls so far, e.g. {@code OpenInstancePublicPorts 22 [198.51.100.7/32]}. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    @Override
    public GetInstanceAccessDetailsResponse getInstanceAccessDetails(GetInstanceAccessDetailsRequest request) {
        return GetInstanceAccessDetailsResponse.builder().accessDetails(d -> d.ipAddress("127.0.0.1")
                .username(user).privateKey(key).certKey(certificate).hostKeys(HostKeyAttributes.builder()
                        .algorithm(hostAlgorithm).publicKey(hostKey).build())).build();
    }

    @Override
    public GetInstancePortStatesResponse getInstancePortStates(GetInstancePortStatesRequest request) {
        return GetInstancePortStatesResponse.builder().build();
    }

    @Override
    public OpenInstancePublicPortsResponse openInstancePublicPorts(OpenInstancePublicPortsRequest request) {
        calls.add("OpenInstancePublicPorts " + request.portInfo().fromPort() + " " + request.portInfo().cidrs());
        return OpenInstancePublicPortsResponse.builder().build();
    }

    @Override
    public CloseInstancePublicPortsResponse closeInstancePublicPorts(CloseInstancePublicPortsRequest request) {
        calls.add("CloseInstancePublicPorts " + request.portInfo().fromPort() + " " + request.portInfo().cidrs());
        return CloseInstancePublicPortsResponse.builder().build();
    }

    @Override
    public String serviceName() {
        return "lightsail";
    }

    @Override
    public void close() {
    }
}
