package dev.bulwark.discover;

import dev.bulwark.verify.VerifyReport;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The sorted, immutable result of one discovery: the gateways, the other open services, and with {@code --verify}
 * the verify report of every gateway found.
 *
 * @param targets    what was scanned, as typed
 * @param ports      the ports scanned
 * @param addresses  how many addresses
 * @param started    when the scan started
 * @param elapsed    scan and fingerprints (and verify, when run)
 * @param gateways   one per gateway endpoint, sorted by address and port
 * @param services   open ports that are not gateways, sorted the same way
 * @param verify     the verify report of the gateways, when {@code --verify} asked for it
 */
public record DiscoveryReport(List<String> targets, List<Integer> ports, long addresses, Instant started,
                              Duration elapsed, List<GatewayEndpoint> gateways, List<OpenService> services,
                              Optional<VerifyReport> verify) {
    private static final Comparator<Sighting> ORDER = Comparator.comparing((Sighting s) -> sortKey(s.address()))
            .thenComparingInt(Sighting::port);

    public DiscoveryReport {
        targets = List.copyOf(targets);
        ports = List.copyOf(ports);
        gateways = gateways.stream().sorted(ORDER).toList();
        services = services.stream().sorted(ORDER).toList();
    }

    public DiscoveryReport withVerify(VerifyReport report, Duration totalElapsed) {
        return new DiscoveryReport(targets, ports, addresses, started, totalElapsed, gateways, services,
                Optional.of(report));
    }

    /** Addresses sort numerically within their family: 127.0.0.9 before 127.0.0.10. */
    private static String sortKey(String address) {
        if (address.contains(":")) {
            return "6" + address;
        }
        StringBuilder key = new StringBuilder("4");
        for (String octet : address.split("\\.")) {
            key.append(String.format("%03d", Integer.parseInt(octet)));
        }
        return key.toString();
    }
}
