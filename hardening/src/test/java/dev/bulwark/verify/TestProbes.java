package dev.bulwark.verify;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Small real probes for engine tests: they open real sockets to the target URL's host and port on loopback. */
public final class TestProbes {
    public static final RuleInfo REACHABLE = new RuleInfo("TEST_REACHABLE", Severity.HIGH, "Endpoint accepts TCP", null,
            "Start the server.", List.of());
    static final RuleInfo OPEN_PORT = new RuleInfo("PORT_UNEXPECTED_OPEN", Severity.HIGH,
            "A port that must be closed is open", null, "Close it.", List.of());

    private TestProbes() {
    }

    static int port(VerifyTarget target) {
        return target.url().getPort();
    }

    /** Connects to the URL's port; reports a finding of {@code findingSeverity} when it is not null. */
    public static Probe connect(Severity findingSeverity) {
        return connect(findingSeverity, REACHABLE);
    }

    /** As {@link #connect(Severity)}, reporting under {@code rule} (e.g. an id the blueprint field map knows). */
    public static Probe connect(Severity findingSeverity, RuleInfo rule) {
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
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(target.url().getHost(), port(target)),
                            context.deadline().capMillis(context.perCallTimeout()));
                } catch (ConnectException e) {
                    return new ProbeOutcome.Unreachable("connection refused by " + target.url().getHost() + ":"
                            + port(target));
                } catch (IOException e) {
                    return new ProbeOutcome.Unreachable(e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                List<Finding> findings = findingSeverity == null ? List.of()
                        : List.of(new Finding(rule.id(), findingSeverity, target.name(), rule.title(),
                                "port " + port(target) + " accepted a TCP connection", null, null));
                return new ProbeOutcome.Checked(List.of(rule.id()), findings);
            }
        };
    }

    /** Applies only with --host; reports {@code host:port} open as a finding when something listens there. */
    static Probe hostPort(int port) {
        return new Probe() {
            @Override
            public String id() {
                return "ports";
            }

            @Override
            public List<RuleInfo> rules() {
                return List.of(OPEN_PORT);
            }

            @Override
            public boolean appliesTo(VerifyTarget target) {
                return target.host().isPresent();
            }

            @Override
            public ProbeOutcome run(VerifyTarget target, ProbeContext context) {
                String host = target.host().orElseThrow();
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(host, port), context.deadline().capMillis(context.perCallTimeout()));
                    return new ProbeOutcome.Checked(List.of(OPEN_PORT.id()),
                            List.of(Finding.of(OPEN_PORT, host + ":" + port, "port " + port + " accepted a TCP connection")));
                } catch (IOException closed) {
                    return new ProbeOutcome.Checked(List.of(OPEN_PORT.id()), List.of());
                }
            }
        };
    }

    /** Misbehaves on purpose: reads from the URL's port with no timeout at all, so only the engine can stop it. */
    public static Probe ignoresDeadline() {
        return new Probe() {
            @Override
            public String id() {
                return "tarpit";
            }

            @Override
            public List<RuleInfo> rules() {
                return List.of(REACHABLE);
            }

            @Override
            public ProbeOutcome run(VerifyTarget target, ProbeContext context) {
                try (Socket s = new Socket(target.url().getHost(), port(target)); InputStream in = s.getInputStream()) {
                    s.setSoTimeout(0);
                    in.read();
                    return new ProbeOutcome.Checked(List.of(REACHABLE.id()), List.of());
                } catch (SocketTimeoutException e) {
                    return new ProbeOutcome.Unreachable("read timed out");
                } catch (IOException e) {
                    return new ProbeOutcome.Unreachable("connection closed: " + e.getMessage());
                }
            }
        };
    }

    static Probe throwing() {
        return new Probe() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public List<RuleInfo> rules() {
                return List.of(REACHABLE);
            }

            @Override
            public ProbeOutcome run(VerifyTarget target, ProbeContext context) {
                throw new IllegalStateException("parser bug on purpose");
            }
        };
    }

    static Probe returningNull() {
        return new Probe() {
            @Override
            public String id() {
                return "null";
            }

            @Override
            public List<RuleInfo> rules() {
                return List.of(REACHABLE);
            }

            @Override
            public ProbeOutcome run(VerifyTarget target, ProbeContext context) {
                return null;
            }
        };
    }

    /** Counts how many of its runs overlap: each holds its slot for 50 ms around a real connect to the target. */
    static Probe countingConcurrency(AtomicInteger running, AtomicInteger maxSeen) {
        Probe connect = connect(null);
        return new Probe() {
            @Override
            public String id() {
                return "counting";
            }

            @Override
            public List<RuleInfo> rules() {
                return connect.rules();
            }

            @Override
            public ProbeOutcome run(VerifyTarget target, ProbeContext context) throws InterruptedException {
                maxSeen.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    new CountDownLatch(1).await(50, TimeUnit.MILLISECONDS);
                    return connect.run(target, context);
                } finally {
                    running.decrementAndGet();
                }
            }
        };
    }
}
