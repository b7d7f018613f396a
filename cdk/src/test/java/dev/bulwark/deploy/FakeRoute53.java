package dev.bulwark.deploy;

import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.ListHostedZonesRequest;
import software.amazon.awssdk.services.route53.model.ListHostedZonesResponse;

/** Seam test double of Route 53 (no real counterpart here): an account without hosted zones. */
public final class FakeRoute53 implements Route53Client {
    @Override
    public ListHostedZonesResponse listHostedZones(ListHostedZonesRequest request) {
        return ListHostedZonesResponse.builder().build();
    }

    @Override
    public ListHostedZonesResponse listHostedZones() {
        return listHostedZones(ListHostedZonesRequest.builder().build());
    }

    @Override
    public String serviceName() {
        return "route53";
    }

    @Override
    public void close() {
    }
}
