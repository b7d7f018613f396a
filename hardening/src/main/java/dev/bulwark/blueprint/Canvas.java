package dev.bulwark.blueprint;

import java.util.Optional;

/**
 * {@code access.canvas}: agent-written pages ({@code /__openclaw__/canvas}, {@code /__openclaw__/a2ui}). Refused
 * at the proxy unless enabled; when enabled they are served only on {@code hostName}, never on the Control UI's
 * origin, with headers of their own (no credentials, a sandboxing Content-Security-Policy).
 */
public record Canvas(boolean enabled, Optional<String> hostName) {
    public static final Canvas OFF = new Canvas(false, Optional.empty());

    public Canvas {
        hostName = hostName == null ? Optional.empty() : hostName;
    }
}
