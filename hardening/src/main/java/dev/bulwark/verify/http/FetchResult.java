package dev.bulwark.verify.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** How one GET ended: with an HTTP response, or with one of the ways a server can fail to give one. */
public sealed interface FetchResult {

    /** Short words for evidence, e.g. {@code 301 Location: https://...} or {@code refused}. */
    String describe();

    /**
     * A status line and headers arrived (the body is never read).
     *
     * @param headers header values by lower-case name, in the order received
     */
    record Answered(int status, Map<String, List<String>> headers) implements FetchResult {
        public Answered {
            Map<String, List<String>> lower = new TreeMap<>();
            headers.forEach((name, values) -> lower.computeIfAbsent(name.toLowerCase(Locale.ROOT),
                    k -> new ArrayList<>()).addAll(values));
            lower.replaceAll((name, values) -> List.copyOf(values));
            headers = Map.copyOf(lower);
        }

        /** The first value of {@code name} (RFC 6797 and 7231 both say to use the first). */
        public Optional<String> header(String name) {
            List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
            return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        @Override
        public String describe() {
            return "HTTP " + status + header("location").map(l -> " Location: " + l).orElse("");
        }
    }

    /** Nothing listens: the connection was refused. */
    record Refused(String detail) implements FetchResult {
        @Override
        public String describe() {
            return "connection refused";
        }
    }

    /** Something answered, but not with usable HTTP (garbage, oversized headers, a failed TLS handshake). */
    record NotHttp(String detail) implements FetchResult {
        @Override
        public String describe() {
            return "no valid HTTP response (" + detail + ")";
        }
    }

    /** No response in time: a tarpit, a firewall that drops, or the run's deadline ran out. */
    record NoAnswer(String detail) implements FetchResult {
        @Override
        public String describe() {
            return "no answer (" + detail + ")";
        }
    }
}
