package dev.bulwark.cli.verify;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.Probe;
import dev.bulwark.verify.ProbeContext;
import dev.bulwark.verify.ProbeOutcome;
import dev.bulwark.verify.VerifyTarget;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;

/**
 * Probes for command tests, aimed at real loopback servers: one connects to the URL's port (and reports a finding of
 * a chosen severity when it gets in), one reads from it without any timeout, so only the engine's --timeout ends it.
 */
final class LoopbackProbes {
    static final RuleInfo EXPOSED = new RuleInfo("TEST_ENDPOINT_EXPOSED", Severity.HIGH, "Endpoint answers",
            null, "Close it.", List.of());

    private LoopbackProbes() {
    }

    static Probe connect(Severity findingSeverity) {
        return connect(findingSeverity, EXPOSED);
    }

    /** Reports its finding under {@code rule}, e.g. a rule id the blueprint field map knows. */
    static Probe connect(Severity findingSeverity, RuleInfo rule) {
        return new Probe() {
            @Override
            public String id() {
                return "connect";
            }

            @Override
            public List<RuleInfo> rules() {
                return List.of(rule);
            }

            @Override
            public ProbeOutcome run(VerifyTarget target, ProbeContext context) {
                int port = target.url().getPort();
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(target.url().getHost(), port),
                            context.deadline().capMillis(context.perCallTimeout()));
                } catch (IOException e) {
                    return new ProbeOutcome.Unreachable("cannot connect to " + target.url().getHost() + ":" + port
                            + " (" + e.getMessage() + ")");
                }
                List<Finding> findings = findingSeverity == null ? List.of()
                        : List.of(new Finding(rule.id(), findingSeverity, target.name(), rule.title(),
                                "port " + port + " accepted a TCP connection", rule.remediation(), List.of()));
                return new ProbeOutcome.Checked(List.of(rule.id()), findings);
            }
        };
    }

    static Probe readsForever() {
        return new Probe() {
            @Override
            public String id() {
                return "tarpit";
            }

            @Override
            public List<RuleInfo> rules() {
                return List.of(EXPOSED);
            }

            @Override
            public ProbeOutcome run(VerifyTarget target, ProbeContext context) {
                try (Socket s = new Socket(target.url().getHost(), target.url().getPort());
                     InputStream in = s.getInputStream()) {
                    in.read();
                    return new ProbeOutcome.Checked(List.of(EXPOSED.id()), List.of());
                } catch (IOException e) {
                    return new ProbeOutcome.Unreachable(e.getMessage());
                }
            }
        };
    }
}
