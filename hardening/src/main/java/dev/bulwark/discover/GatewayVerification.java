package dev.bulwark.discover;

import dev.bulwark.verify.Expectations;
import dev.bulwark.verify.TargetSpec;
import dev.bulwark.verify.Verifier;
import dev.bulwark.verify.VerifyReport;
import dev.bulwark.verify.VerifyTarget;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code --verify}: the full verify of every gateway found, handed over as targets (never through argv), with the
 * gateway's address scanned for ports as {@code verify --host} does.
 */
public final class GatewayVerification {
    private GatewayVerification() {
    }

    public static List<TargetSpec> targets(List<GatewayEndpoint> gateways) {
        return targetsAt(gateways.stream().map(GatewayEndpoint::url).toList());
    }

    /** Targets for gateway URLs found elsewhere (the AWS inventory's public endpoints); the URL's host is scanned. */
    public static List<TargetSpec> targetsAt(List<URI> urls) {
        return urls.stream().map(url -> TargetSpec.of(new VerifyTarget(url, Optional.of(host(url)),
                Expectations.defaults()))).toList();
    }

    private static String host(URI url) {
        String host = url.getHost();
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    /** Verifies every gateway of {@code report} and returns the report with the findings in it. */
    public static DiscoveryReport verify(DiscoveryReport report, Verifier verifier) throws InterruptedException {
        long started = System.nanoTime();
        VerifyReport verified = verifier.verify(targets(report.gateways()));
        return report.withVerify(verified, report.elapsed().plus(Duration.ofNanos(System.nanoTime() - started)));
    }
}
