package dev.bulwark.cdk.nag;

import dev.bulwark.cidr.Cidr;
import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.policy.HardeningPolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One entry of an instance's {@code Networking.Ports}, read the way Lightsail applies it: an entry with
 * {@code AccessType: private} is left out of the public firewall, and an entry that names no source at all is
 * taken as open to every address (the worst case, since the rule cannot see what Lightsail defaults to).
 */
public record FirewallPort(String protocol, int fromPort, int toPort, List<String> cidrs, List<String> ipv6Cidrs,
                    List<String> aliases, boolean privateAccess) {

    static final String IPV4_ANY = "0.0.0.0/0";
    static final String IPV6_ANY = "::/0";

    /** The instance's port entries; empty when the template lists none. */
    static List<FirewallPort> of(LightsailResource instance) {
        List<FirewallPort> ports = new ArrayList<>();
        for (JsonNode entry : instance.property("Networking").path("Ports")) {
            ports.add(parse(entry));
        }
        return ports;
    }

    /** @throws IllegalArgumentException when a field is not a literal (an intrinsic function, say) */
    public static FirewallPort parse(JsonNode entry) {
        String protocol = literal(entry.path("Protocol"), "Protocol", "tcp").toLowerCase(Locale.ROOT);
        boolean all = protocol.equals("all") || protocol.equals("-1");
        int from = port(entry.path("FromPort"), all ? 0 : -1);
        int to = port(entry.path("ToPort"), all ? 65535 : from);
        boolean isPrivate = literal(entry.path("AccessType"), "AccessType", "public").equalsIgnoreCase("private");
        return new FirewallPort(all ? "all" : protocol, from, to, strings(entry.path("Cidrs"), "Cidrs"),
                strings(entry.path("Ipv6Cidrs"), "Ipv6Cidrs"),
                strings(entry.path("CidrListAliases"), "CidrListAliases"), isPrivate);
    }

    /** Whether TCP traffic to {@code port} matches this entry (ICMP and UDP entries never do). */
    boolean coversTcp(int port) {
        return (protocol.equals("tcp") || protocol.equals("all")) && fromPort <= port && port <= toPort;
    }

    /** Whether this entry reaches any port in {@code from..to} over TCP. */
    boolean overlapsTcp(int from, int to) {
        return (protocol.equals("tcp") || protocol.equals("all")) && fromPort <= to && from <= toPort;
    }

    /** The sources allowed through the public firewall; none for a private entry. */
    public List<String> publicSources() {
        if (privateAccess) {
            return List.of();
        }
        if (cidrs.isEmpty() && ipv6Cidrs.isEmpty() && aliases.isEmpty()) {
            return List.of(IPV4_ANY, IPV6_ANY);
        }
        List<String> sources = new ArrayList<>(cidrs);
        sources.addAll(ipv6Cidrs);
        return sources;
    }

    /** The public sources that reach most of the internet. */
    List<String> worldOpenSources(HardeningPolicy.Network network) {
        return publicSources().stream().filter(s -> network.isWorldOpen(Cidr.parse(s))).toList();
    }

    /** Public sources and aliases together; empty for a private entry. */
    public List<String> allPublicSources() {
        List<String> sources = new ArrayList<>(publicSources());
        sources.addAll(privateAccess ? List.of() : aliases);
        return sources;
    }

    public String describe() {
        String ports = fromPort == toPort ? Integer.toString(fromPort) : fromPort + "-" + toPort;
        return protocol + "/" + ports;
    }

    private static int port(JsonNode node, int fallback) {
        if (node.isMissingNode() || node.isNull()) {
            if (fallback < 0) {
                throw new IllegalArgumentException("a port entry has no FromPort");
            }
            return fallback;
        }
        if (node.isInt()) {
            return node.intValue();
        }
        if (node.isTextual() && node.textValue().matches("-?\\d+")) {
            return Integer.parseInt(node.textValue());
        }
        throw new IllegalArgumentException("port is not a literal number: " + node);
    }

    private static String literal(JsonNode node, String field, String fallback) {
        if (node.isMissingNode() || node.isNull()) {
            return fallback;
        }
        if (!node.isTextual()) {
            throw new IllegalArgumentException(field + " is not a literal string: " + node);
        }
        return node.textValue();
    }

    private static List<String> strings(JsonNode node, String field) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException(field + " is not a literal list: " + node);
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw new IllegalArgumentException(field + " holds a value that is not a literal string: " + item);
            }
            values.add(item.textValue());
        }
        return List.copyOf(values);
    }
}
