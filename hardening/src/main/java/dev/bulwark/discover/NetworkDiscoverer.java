package dev.bulwark.discover;

import dev.bulwark.release.ReleaseTable;
import dev.bulwark.verify.net.TrustStores;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Network discovery: a connect scan of the whole scope, then a fingerprint of only the ports that answered, on a
 * small pool. Benign requests only (see {@link EndpointFingerprinter}).
 */
public final class NetworkDiscoverer {
    private final DiscoverySettings settings;
    private final Clock clock;
    private final ReleaseTable releases;

    /** Discovery that recognises releases with the fingerprint table shipped with bulwark. */
    public NetworkDiscoverer(DiscoverySettings settings, Clock clock) {
        this(settings, clock, ReleaseTable.bundled());
    }

    /** Discovery that recognises releases with {@code releases} (verify's table, with any {@code --fingerprints}). */
    public NetworkDiscoverer(DiscoverySettings settings, Clock clock, ReleaseTable releases) {
        this.settings = settings;
        this.clock = clock;
        this.releases = releases;
    }

    public DiscoveryReport discover(List<String> targets, ScanScope scope, ScanProgress progress)
            throws IOException, InterruptedException {
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        List<OpenPort> open = new ConnectScanner(settings.maxInFlight(), settings.ratePerSecond(),
                settings.connectTimeout()).scan(scope.endpointIterator(), scope.endpoints(), progress);
        List<Sighting> sightings = fingerprint(open, scope.endpoints(), progress);
        List<GatewayEndpoint> gateways = new ArrayList<>();
        List<OpenService> services = new ArrayList<>();
        for (Sighting s : sightings) {
            if (s instanceof GatewayEndpoint g) {
                gateways.add(g);
            } else if (s instanceof OpenService o) {
                services.add(o);
            }
        }
        return new DiscoveryReport(targets, scope.ports(), scope.addresses().longValueExact(), started,
                Duration.ofNanos(System.nanoTime() - startNanos), gateways, services, Optional.empty());
    }

    private List<Sighting> fingerprint(List<OpenPort> open, long total, ScanProgress progress)
            throws InterruptedException {
        if (open.isEmpty()) {
            return List.of();
        }
        EndpointFingerprinter fingerprinter = new EndpointFingerprinter(TrustStores.systemPlus(Optional.empty()),
                settings.perCallTimeout(), releases);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.fingerprinters(), open.size()), r -> {
            Thread t = new Thread(r, "bulwark-fingerprint");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger gateways = new AtomicInteger();
        try {
            List<Future<Sighting>> futures = new ArrayList<>();
            for (OpenPort port : open) {
                futures.add(pool.submit(() -> {
                    Sighting s = fingerprinter.look(port);
                    if (s instanceof GatewayEndpoint) {
                        progress.update(total, total, open.size(), gateways.incrementAndGet(), 0);
                    }
                    return s;
                }));
            }
            List<Sighting> sightings = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    sightings.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    // A fingerprint that broke still leaves an open port to report, never a crash.
                    sightings.add(new OpenService(open.get(i).host(), open.get(i).port(), "tcp", Optional.empty(),
                            Optional.empty()));
                }
            }
            return sightings;
        } finally {
            pool.shutdownNow();
        }
    }
}
