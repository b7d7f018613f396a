package dev.bulwark.verify.ports;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.policy.HardeningPolicy;
import dev.bulwark.verify.Judgement;
import dev.bulwark.verify.Probe;
import dev.bulwark.verify.ProbeContext;
import dev.bulwark.verify.ProbeOutcome;
import dev.bulwark.verify.VerifyTarget;
import dev.bulwark.verify.net.Endpoint;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Scans {@code --host} (the instance's own public address, not the load balancer) for ports a hardened deployment
 * keeps closed: on its IPv4 address and, when it has one, its IPv6 address. Only a completed connect counts as
 * open; a timeout is "filtered", which is what the Lightsail firewall does, unless nothing on the host answered
 * at all, in which case nothing was verified and the probe says so.
 */
public final class PortProbe implements Probe {
    /** Per-connect cap: a firewalled port costs at most this, and a live host refuses within a round trip. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    private static final int HTTP_PORT = 80;

    private final HardeningPolicy policy;
    private final int plainHttpPort;
    private final Optional<List<Integer>> only;
    private final List<PortCheck> checks;

    private PortProbe(HardeningPolicy policy, int plainHttpPort) {
        this(policy, plainHttpPort, Optional.empty());
    }

    private PortProbe(HardeningPolicy policy, int plainHttpPort, Optional<List<Integer>> only) {
        this.policy = policy;
        this.plainHttpPort = plainHttpPort;
        this.only = only.map(List::copyOf);
        this.checks = List.of(new GatewayPortCheck(), new UnexpectedPortCheck(), new ScanCoverageCheck(),
                new FirewalledHostCheck());
    }

    public static PortProbe create() {
        return create(HardeningPolicy.defaults());
    }

    /** Scans the ports {@code policy} watches ({@link WatchedPorts}). */
    public static PortProbe create(HardeningPolicy policy) {
        return new PortProbe(policy, HTTP_PORT);
    }

    /** For a deployment (or a test server) whose plain-HTTP redirect is not on port 80 (see {@code HttpProbe}). */
    public static PortProbe withPlainHttpPort(int port) {
        return new PortProbe(HardeningPolicy.defaults(), port);
    }

    /** This probe scanning exactly {@code ports} (verify {@code --ports}) instead of the policy's list. */
    public PortProbe scanning(List<Integer> ports) {
        return new PortProbe(policy, plainHttpPort, Optional.of(ports));
    }

    /**
     * The ports scanned on {@code target}'s host before the front door is left out: the policy's
     * ({@link WatchedPorts}), or the {@link #scanning(List)} list, each with its purpose where the policy knows it.
     * Ports the target's expectations allow stay out either way (never the gateway's).
     */
    public List<WatchedPort> watched(VerifyTarget target) {
        List<WatchedPort> policyPorts = WatchedPorts.of(policy, target.expectations());
        if (only.isEmpty()) {
            return policyPorts;
        }
        int gateway = target.expectations().gatewayPort();
        java.util.Map<Integer, WatchedPort> known = new java.util.HashMap<>();
        policyPorts.forEach(p -> known.put(p.port(), p));
        return only.get().stream()
                .filter(port -> port == gateway || !target.expectations().allowedPorts().contains(port))
                .map(port -> known.getOrDefault(port, new WatchedPort(port, port == gateway
                        ? "OpenClaw gateway (WebSocket control plane, Control UI)" : "given with --ports",
                        port == gateway)))
                .toList();
    }

    @Override
    public String id() {
        return "ports";
    }

    @Override
    public List<RuleInfo> rules() {
        return checks.stream().map(PortCheck::rule).collect(Collectors.toList());
    }

    @Override
    public boolean appliesTo(VerifyTarget target) {
        return target.host().isPresent();
    }

    @Override
    public ProbeOutcome run(VerifyTarget target, ProbeContext context) throws InterruptedException {
        String host = target.host().orElseThrow(() -> new IllegalArgumentException("the port scan needs --host"));
        List<InetAddress> addresses;
        try {
            addresses = addresses(host);
        } catch (UnknownHostException e) {
            return new ProbeOutcome.Unreachable("Cannot resolve --host " + host + "; pass the instance's public IP "
                    + "address or a name that resolves to it.");
        }
        Set<Integer> frontDoor = frontDoor(target, host);
        List<WatchedPort> watched = watched(target).stream()
                .filter(port -> port.gateway() || !frontDoor.contains(port.port()))
                .toList();
        List<Integer> ports = watched.stream().map(WatchedPort::port).collect(Collectors.toList());
        Duration connectTimeout = context.perCallTimeout().compareTo(CONNECT_TIMEOUT) < 0
                ? context.perCallTimeout() : CONNECT_TIMEOUT;
        List<AddressScan> scans = new ArrayList<>();
        for (InetAddress address : addresses) {
            scans.add(PortScanner.scan(address, ports, context.deadline(), connectTimeout));
        }
        PortScanObservation observation = new PortScanObservation(host, watched, scans);
        ProbeOutcome.Checked checked = judge(observation, target);
        if (!checked.findings().isEmpty()) {
            return checked;
        }
        if (observation.notScanned() > 0) {
            return new ProbeOutcome.Unreachable("The run's --timeout ran out before " + observation.notScanned()
                    + " ports on --host " + host + " were tried; nothing open was seen, but the scan is "
                    + "incomplete. Raise --timeout.");
        }
        if (observation.nothingAnswered() && !observation.firewalled()) {
            return new ProbeOutcome.Unreachable("No port on --host " + host + " answered (" + ports.size()
                    + " ports on " + scans.stream().map(AddressScan::label).collect(Collectors.joining(", "))
                    + " had no route), so nothing was verified; check the address, or run from a network with a "
                    + "route to it.");
        }
        return checked;
    }

    ProbeOutcome.Checked judge(PortScanObservation observation, VerifyTarget target) {
        return Judgement.of(checks, observation, target, observation.host()).outcome();
    }

    /**
     * The deployment's front door on {@code --host}: when the host is (or resolves to) an address of the URL's own
     * host, as on an instance that terminates TLS itself, the URL's port and the plain-HTTP redirect port are meant
     * to be open and are not judged; everything else on the host still is. The gateway's own port never counts as
     * a front door. Addresses are compared after resolution, so a name, its IPv4 and its IPv6 address all match.
     */
    Set<Integer> frontDoor(VerifyTarget target, String host) {
        Set<InetAddress> urlAddresses;
        Set<InetAddress> hostAddresses;
        try {
            urlAddresses = allAddresses(Endpoint.of(target.url()).host());
            hostAddresses = allAddresses(host);
        } catch (UnknownHostException e) {
            return Set.of(); // the URL's probes report a name that does not resolve
        }
        if (Collections.disjoint(urlAddresses, hostAddresses)) {
            return Set.of();
        }
        Set<Integer> ports = new TreeSet<>();
        ports.add(Endpoint.of(target.url()).port());
        if ("https".equalsIgnoreCase(target.url().getScheme())) {
            ports.add(plainHttpPort);
        }
        return ports;
    }

    private static Set<InetAddress> allAddresses(String host) throws UnknownHostException {
        Optional<InetAddress> literal = Endpoint.literalAddress(host);
        return literal.isPresent() ? Set.of(literal.get()) : new HashSet<>(Arrays.asList(InetAddress.getAllByName(host)));
    }

    /** The host's first IPv4 and first IPv6 address (a literal is just itself). */
    static List<InetAddress> addresses(String host) throws UnknownHostException {
        Optional<InetAddress> literal = Endpoint.literalAddress(host);
        if (literal.isPresent()) {
            return List.of(literal.get());
        }
        List<InetAddress> picked = new ArrayList<>();
        InetAddress[] all = InetAddress.getAllByName(host);
        for (InetAddress address : all) {
            if (address instanceof Inet4Address) {
                picked.add(address);
                break;
            }
        }
        for (InetAddress address : all) {
            if (address instanceof Inet6Address) {
                picked.add(address);
                break;
            }
        }
        return picked;
    }
}
