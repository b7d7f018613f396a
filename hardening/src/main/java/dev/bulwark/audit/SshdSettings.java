package dev.bulwark.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The effective sshd configuration as {@code sshd -T} prints it: one lower-case keyword and its value per line. */
record SshdSettings(Map<String, String> values) {

    static HostCommand command(HostLayout layout) {
        return HostCommand.root("sshd -T -f " + ShellQuote.quote(layout.sshdConfig()));
    }

    static SshdSettings parse(List<String> lines) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : lines) {
            String[] kv = line.trim().split("\\s+", 2);
            if (kv.length == 2 && kv[0].matches("[a-z0-9]+")) {
                values.putIfAbsent(kv[0], kv[1].trim().toLowerCase(Locale.ROOT));
            }
        }
        return new SshdSettings(Map.copyOf(values));
    }

    Optional<String> get(String keyword) {
        return Optional.ofNullable(values.get(keyword));
    }
}
