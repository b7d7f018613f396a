package dev.bulwark.deploy.certificate;

import dev.bulwark.deploy.aws.AwsErrors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.lightsail.model.Domain;
import software.amazon.awssdk.services.lightsail.model.GetDomainsResponse;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.HostedZone;
import software.amazon.awssdk.services.route53.model.RRType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Creates the validation CNAMEs itself when the domain's zone is in this account: a Lightsail DNS zone, or a public
 * Route 53 hosted zone. Anywhere else the user creates them from the printed lines.
 */
public final class DnsRecordWriter {
    private final LightsailClient lightsail;
    private final Route53Client route53;

    public DnsRecordWriter(LightsailClient lightsail, Route53Client route53) {
        this.lightsail = lightsail;
        this.route53 = route53;
    }

    /** Returns where the records were written ("Lightsail DNS zone x", "Route 53 hosted zone x"), or empty. */
    public Optional<String> write(String domainName, List<ValidationRecord> records) {
        if (records.isEmpty()) {
            return Optional.empty(); // an empty change batch is an error in Route 53; there is nothing to write yet
        }
        Optional<String> lightsailZone = lightsailZone(domainName);
        if (lightsailZone.isPresent()) {
            for (ValidationRecord record : records) {
                try {
                    lightsail.createDomainEntry(b -> b.domainName(lightsailZone.get()).domainEntry(e -> e
                            .name(stripDot(record.name())).type(record.type()).target(stripDot(record.value()))));
                } catch (SdkException e) {
                    if (!String.valueOf(e.getMessage()).contains("already exists")) {
                        throw AwsErrors.translate(e, "creating a validation record in Lightsail DNS zone "
                                + lightsailZone.get());
                    }
                }
            }
            return Optional.of("Lightsail DNS zone " + lightsailZone.get());
        }
        Optional<HostedZone> zone = hostedZone(domainName);
        if (zone.isPresent()) {
            try {
                route53.changeResourceRecordSets(b -> b.hostedZoneId(zone.get().id()).changeBatch(batch -> batch
                        .comment("bulwark certificate validation")
                        .changes(records.stream().map(r -> software.amazon.awssdk.services.route53.model.Change
                                .builder().action(ChangeAction.UPSERT).resourceRecordSet(set -> set
                                        .name(r.name()).type(RRType.fromValue(r.type())).ttl(300L)
                                        .resourceRecords(rr -> rr.value(r.value())))
                                .build()).toList())));
            } catch (SdkException e) {
                throw AwsErrors.translate(e, "creating validation records in Route 53 zone " + zone.get().name());
            }
            return Optional.of("Route 53 hosted zone " + stripDot(zone.get().name()));
        }
        return Optional.empty();
    }

    private Optional<String> lightsailZone(String domainName) {
        try {
            // Lightsail DNS zones live in us-east-1; a client in another region sees none, which only means the
            // records are printed for the user instead.
            List<String> zones = new ArrayList<>();
            String token = null;
            do {
                String page = token;
                GetDomainsResponse response = lightsail.getDomains(b -> b.pageToken(page));
                response.domains().stream().map(Domain::name).forEach(zones::add);
                token = response.nextPageToken();
            } while (token != null && !token.isEmpty());
            return zones.stream().filter(zone -> covers(zone, domainName))
                    .max(java.util.Comparator.comparingInt(String::length));
        } catch (SdkException e) {
            return Optional.empty();
        }
    }

    private Optional<HostedZone> hostedZone(String domainName) {
        try {
            return route53.listHostedZonesPaginator().hostedZones().stream()
                    .filter(z -> z.config() == null || !Boolean.TRUE.equals(z.config().privateZone()))
                    .filter(z -> covers(stripDot(z.name()), domainName))
                    .max(java.util.Comparator.comparingInt(z -> z.name().length()));
        } catch (SdkException e) {
            return Optional.empty();
        }
    }

    static boolean covers(String zone, String domainName) {
        return domainName.equals(zone) || domainName.endsWith("." + zone);
    }

    private static String stripDot(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
