package dev.bulwark.verify.gateway;

import dev.bulwark.advisory.AgentVersion;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The names the gateway has shipped under. Only OpenClaw is current: a Clawdbot or Moltbot brand alone proves the
 * build predates {@link #RENAMED_IN}, even when it hides its version.
 */
public enum Brand {
    OPENCLAW("OpenClaw"),
    CLAWDBOT("Clawdbot"),
    MOLTBOT("Moltbot");

    /** The first release published as OpenClaw. */
    public static final AgentVersion RENAMED_IN = AgentVersion.of("2026.1.29");

    private final String displayName;

    Brand(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Lower-case token used in markup and identifiers: {@code openclaw}, {@code clawdbot}, {@code moltbot}. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean predatesRename() {
        return this != OPENCLAW;
    }

    /** The Control UI client id this brand's gateway knows, e.g. {@code openclaw-control-ui}. */
    public String controlUiClientId() {
        return token() + "-control-ui";
    }

    /** The markers that identify this brand's Control UI page. */
    List<String> pageMarkers() {
        String upper = name();
        return List.of("<title>" + displayName + " Control</title>", "<" + token() + "-app", "data-" + token()
                + "-control-ui", "window.__" + upper + "_CONTROL_UI_");
    }

    /** The first brand whose Control UI markers appear in {@code html}. */
    static Optional<Brand> detectIn(String html) {
        if (html == null || html.isEmpty()) {
            return Optional.empty();
        }
        for (Brand brand : values()) {
            for (String marker : brand.pageMarkers()) {
                if (html.contains(marker)) {
                    return Optional.of(brand);
                }
            }
        }
        return Optional.empty();
    }
}
