package dev.bulwark.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders the values of a {@link HardeningPolicy} as the "Policy values" section of {@code docs/hardening.md},
 * between two marker comments, so the doc reads the numbers and lists the stacks, baseline and verifier use; a
 * test fails when the committed section differs from what this renders.
 */
public final class PolicyDoc {
    public static final String BEGIN = "<!-- policy-values:begin (generated from hardening-policy.yaml by "
            + "dev.bulwark.policy.PolicyDoc; do not edit. Regenerate: ./mvnw -o -q -pl hardening test "
            + "-Dtest=PolicyDocTest -Dbulwark.updateDocs=true) -->";
    public static final String END = "<!-- policy-values:end -->";

    private PolicyDoc() {
    }

    /** The section's body for {@code policy}. */
    public static String markdown(HardeningPolicy policy) {
        StringBuilder md = new StringBuilder();
        HardeningPolicy.Gateway gateway = policy.gateway();
        md.append("### Ports\n\n")
                .append("The gateway listens on loopback, port ").append(gateway.defaultPort())
                .append(" unless `agent.port` says otherwise; its family must never be reachable from outside:\n\n");
        for (HardeningPolicy.RelatedPort related : gateway.relatedPorts()) {
            md.append("- gateway port + ").append(related.offset()).append(": ").append(related.purpose())
                    .append('\n');
        }
        md.append("- ").append(gateway.devToolsPorts().from()).append('-').append(gateway.devToolsPorts().to())
                .append(": ").append(gateway.devToolsPorts().purpose()).append("\n\n")
                .append("Watched on the instance's public address (`PORT_UNEXPECTED_OPEN`); `admin` ports are also "
                        + "refused in the public firewall at plan time (`AdminPortPublic`), `ssh` is judged by the "
                        + "SSH rules against the admin networks:\n\n")
                .append("| port | kind | purpose |\n|---|---|---|\n");
        for (HardeningPolicy.WatchedPort port : policy.ports()) {
            md.append("| ").append(port.port()).append(" | ").append(port.kind().name().toLowerCase(Locale.ROOT))
                    .append(" | ").append(port.purpose()).append(" |\n");
        }
        HardeningPolicy.Tls tls = policy.tls();
        md.append("\n### TLS and HTTP\n\n")
                .append("| value | policy key |\n|---|---|\n")
                .append(row("minimum protocol " + tls.minimumProtocol() + "; refused: " + list(tls.refusedProtocols()),
                        "tls.minimumProtocol, tls.refusedProtocols"))
                .append(row("load balancer TLS policy " + tls.defaultLoadBalancerPolicy() + " by default",
                        "tls.defaultLoadBalancerPolicy"))
                .append(row("certificate keys: RSA at least " + tls.minRsaBits() + " bits, EC at least "
                        + tls.minEcBits() + " bits (`TLS_WEAK_KEY`)", "tls.minRsaBits, tls.minEcBits"))
                .append(row("certificate renewal overdue with fewer than " + tls.certificateExpiryWarningDays()
                        + " days left (`TLS_CERT_EXPIRING`)", "tls.certificateExpiryWarningDays"))
                .append(row("HSTS max-age at least " + policy.http().hstsMinMaxAgeSeconds() + " s (sent by the "
                        + "proxy; `HTTP_HSTS_SHORT`)", "http.hstsMinMaxAgeSeconds"))
                .append(row("plain HTTP redirects to HTTPS with " + policy.http().httpsRedirectStatuses().stream()
                        .map(String::valueOf).collect(Collectors.joining(", ")) + " (`HTTP_NO_HTTPS_REDIRECT`)",
                        "http.httpsRedirectStatuses"));
        HardeningPolicy.Ssh ssh = policy.ssh();
        md.append("\n### SSH\n\n")
                .append("RSA host keys (and blueprint admin keys) at least ").append(ssh.minRsaBits())
                .append(" bits. The host baseline's sshd offers the `offered` lists, in this order; verify accepts "
                        + "them and the `also accepted` ones, and rates anything else weak (`SSH_WEAK_ALGORITHMS`) "
                        + "or broken (`SSH_BROKEN_ALGORITHMS`).\n\n")
                .append("| kind | offered (sshd drop-in) | also accepted | broken |\n|---|---|---|---|\n")
                .append(sshRow("KEX", ssh.offered().kex(), ssh.alsoAccepted().kex(), ssh.broken().kex()))
                .append(sshRow("host key", ssh.offered().hostKeys(), ssh.alsoAccepted().hostKeys(),
                        ssh.broken().hostKeys()))
                .append(sshRow("cipher", ssh.offered().ciphers(), ssh.alsoAccepted().ciphers(),
                        ssh.broken().ciphers()))
                .append(sshRow("MAC", ssh.offered().macs(), ssh.alsoAccepted().macs(), ssh.broken().macs()))
                .append("\nCA signature algorithms sshd accepts: ").append(list(ssh.caSignatureAlgorithms()))
                .append(".\n");
        return md.toString();
    }

    /** {@code doc} with its marked section replaced by {@link #markdown} of {@code policy}. */
    public static String updated(String doc, HardeningPolicy policy) {
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("the doc has no policy-values markers; add the lines\n" + BEGIN
                    + "\n" + END);
        }
        return doc.substring(0, begin + BEGIN.length()) + "\n\n" + markdown(policy) + "\n" + doc.substring(end);
    }

    /** Rewrites the marked section of {@code doc} (docs/hardening.md) from the shipped policy. */
    public static void write(Path doc) {
        try {
            Files.writeString(doc, updated(Files.readString(doc, StandardCharsets.UTF_8), HardeningPolicy.defaults()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not rewrite " + doc, e);
        }
    }

    private static String row(String value, String key) {
        return "| " + value + " | `" + key.replace(", ", "`, `") + "` |\n";
    }

    private static String sshRow(String kind, List<String> offered, List<String> also, List<String> broken) {
        return "| " + kind + " | " + list(offered) + " | " + list(also) + " | " + list(broken) + " |\n";
    }

    private static String list(List<String> names) {
        return names.isEmpty() ? "—" : names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
    }
}
