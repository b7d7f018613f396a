package dev.bulwark.deploy.certificate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.lightsail.model.GetDomainsRequest;
import software.amazon.awssdk.services.lightsail.model.GetDomainsResponse;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.ChangeResourceRecordSetsRequest;
import software.amazon.awssdk.services.route53.model.ChangeResourceRecordSetsResponse;
import software.amazon.awssdk.services.route53.model.HostedZone;
import software.amazon.awssdk.services.route53.model.ListHostedZonesRequest;
import software.amazon.awssdk.services.route53.model.ListHostedZonesResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Seam test of writing validation records against Lightsail DNS and Route 53, which have no real counterpart on
 * this machine: doubles of the SDK client interfaces with one public hosted zone.
 */
class DnsRecordWriterTest {
    private static final List<ValidationRecord> RECORDS = List.of(
            new ValidationRecord("_abc.agent.example.com.", "CNAME", "_xyz.acm-validations.aws."));

    private final List<ChangeResourceRecordSetsRequest> changes = new ArrayList<>();

    private final LightsailClient noLightsailZones = new LightsailClient() {
        @Override
        public GetDomainsResponse getDomains(GetDomainsRequest request) {
            return GetDomainsResponse.builder().build();
        }

        @Override
        public String serviceName() {
            return "lightsail";
        }

        @Override
        public void close() {
        }
    };

    private final Route53Client route53 = route53(request -> ListHostedZonesResponse.builder().hostedZones(
            HostedZone.builder().id("/hostedzone/Z1").name("example.com.").config(c -> c.privateZone(false)).build(),
            HostedZone.builder().id("/hostedzone/Z2").name("example.com.").config(c -> c.privateZone(true)).build())
            .build());

    /** A Route 53 double answering ListHostedZones with {@code zones} and recording every change batch. */
    private Route53Client route53(java.util.function.Function<ListHostedZonesRequest, ListHostedZonesResponse> zones) {
        return new Route53Client() {
            @Override
            public ListHostedZonesResponse listHostedZones(ListHostedZonesRequest request) {
                return zones.apply(request);
            }

            @Override
            public ListHostedZonesResponse listHostedZones() {
                return listHostedZones(ListHostedZonesRequest.builder().build());
            }

            @Override
            public ChangeResourceRecordSetsResponse changeResourceRecordSets(ChangeResourceRecordSetsRequest request) {
                changes.add(request);
                return ChangeResourceRecordSetsResponse.builder().build();
            }

            @Override
            public String serviceName() {
                return "route53";
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void write_publicHostedZoneInAccount_upsertsCnameThere() {
        Optional<String> where = new DnsRecordWriter(noLightsailZones, route53).write("agent.example.com", RECORDS);

        assertEquals(Optional.of("Route 53 hosted zone example.com"), where);
        assertEquals(1, changes.size());
        assertEquals("/hostedzone/Z1", changes.get(0).hostedZoneId());
        var set = changes.get(0).changeBatch().changes().get(0).resourceRecordSet();
        assertEquals("CNAME", set.typeAsString());
        assertEquals("_abc.agent.example.com.", set.name());
        assertEquals("_xyz.acm-validations.aws.", set.resourceRecords().get(0).value());
    }

    @Test
    void write_noZoneInAccount_leavesItToTheUser() {
        Optional<String> where = new DnsRecordWriter(noLightsailZones, route53).write("agent.example.org", RECORDS);

        assertEquals(Optional.empty(), where);
        assertEquals(List.of(), changes);
    }

    /** Issue 16 item 7: Route 53 rejects an empty change batch; records not published yet are not written. */
    @Test
    void write_noRecordsYet_sendsNoChangeBatch() {
        Optional<String> where = new DnsRecordWriter(noLightsailZones, route53).write("agent.example.com", List.of());

        assertEquals(Optional.empty(), where);
        assertEquals(List.of(), changes);
    }

    /** Issue 16 item 7: ListHostedZones and GetDomains page; the zone may be on a later page. */
    @Test
    void write_zoneOnSecondPageOfEachList_foundThere() {
        List<String> domainTokens = new ArrayList<>();
        LightsailClient pagedLightsail = new LightsailClient() {
            @Override
            public GetDomainsResponse getDomains(GetDomainsRequest request) {
                domainTokens.add(String.valueOf(request.pageToken()));
                return request.pageToken() == null
                        ? GetDomainsResponse.builder().domains(d -> d.name("other.org")).nextPageToken("p2").build()
                        : GetDomainsResponse.builder().build();
            }

            @Override
            public software.amazon.awssdk.services.lightsail.model.CreateDomainEntryResponse createDomainEntry(
                    software.amazon.awssdk.services.lightsail.model.CreateDomainEntryRequest request) {
                throw new AssertionError("no Lightsail zone covers the name");
            }

            @Override
            public String serviceName() {
                return "lightsail";
            }

            @Override
            public void close() {
            }
        };
        Route53Client pagedRoute53 = route53(request -> request.marker() == null
                ? ListHostedZonesResponse.builder().hostedZones(HostedZone.builder().id("/hostedzone/Z9")
                        .name("other.org.").build()).isTruncated(true).nextMarker("m2").build()
                : ListHostedZonesResponse.builder().hostedZones(HostedZone.builder().id("/hostedzone/Z1")
                        .name("example.com.").config(c -> c.privateZone(false)).build()).isTruncated(false).build());

        Optional<String> where = new DnsRecordWriter(pagedLightsail, pagedRoute53).write("agent.example.com", RECORDS);

        assertEquals(Optional.of("Route 53 hosted zone example.com"), where);
        assertEquals(List.of("null", "p2"), domainTokens);
        assertEquals("/hostedzone/Z1", changes.get(0).hostedZoneId());
    }

    @ParameterizedTest
    @CsvSource({"example.com, agent.example.com, true", "example.com, example.com, true",
        "example.com, agent.badexample.com, false", "agent.example.com, example.com, false"})
    void covers_zoneAndName_suffixOnLabelBoundary(String zone, String name, boolean expected) {
        assertEquals(expected, DnsRecordWriter.covers(zone, name));
    }
}
