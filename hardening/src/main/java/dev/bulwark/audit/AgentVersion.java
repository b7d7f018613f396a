package dev.bulwark.audit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The agent's version as {@code openclaw --version} prints it, found in otherwise untrusted output. */
final class AgentVersion {
    private static final Pattern VERSION = Pattern.compile("\\b(\\d{4}\\.\\d{1,2}\\.\\d{1,2}(?:-[0-9A-Za-z.]{1,40})?)\\b");

    private AgentVersion() {
    }

    static HostCommand command() {
        return HostCommand.user("openclaw --version");
    }

    static Optional<String> parse(String stdout) {
        Matcher m = VERSION.matcher(stdout);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
