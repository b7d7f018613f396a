package dev.bulwark.acceptance;

import java.util.List;

/**
 * The gateway builds the acceptance tests run: the current OpenClaw, two older releases that hide their version
 * (recognised from their Control UI page), and the last Clawdbot-branded release.
 */
public enum GatewayDistribution {
    /** Started as {@code openclaw gateway run}; the token comes from {@code OPENCLAW_GATEWAY_TOKEN}. */
    OPENCLAW("openclaw@2026.9.6", "openclaw/node_modules/openclaw/openclaw.mjs", List.of("gateway", "run"),
            "OPENCLAW_GATEWAY_TOKEN", "[gateway] ready"),
    /** Hides its version (no build id, config endpoint 401); started like the current release. */
    OPENCLAW_2026_6_5("openclaw@2026.6.5", "openclaw-2026.6.5/node_modules/openclaw/openclaw.mjs",
            List.of("gateway", "run"), "OPENCLAW_GATEWAY_TOKEN", "[gateway] ready"),
    /** Hides its version (no build id, config endpoint 401); started like the current release. */
    OPENCLAW_2026_6_6("openclaw@2026.6.6", "openclaw-2026.6.6/node_modules/openclaw/openclaw.mjs",
            List.of("gateway", "run"), "OPENCLAW_GATEWAY_TOKEN", "[gateway] ready"),
    /** Started as {@code clawdbot gateway}; the token comes from {@code CLAWDBOT_GATEWAY_TOKEN}. */
    CLAWDBOT("clawdbot@2026.1.24-3", "clawdbot/node_modules/clawdbot/dist/entry.js", List.of("gateway"),
            "CLAWDBOT_GATEWAY_TOKEN", "listening on ws://");

    private final String packageSpec;
    private final String entryScript;
    private final List<String> command;
    private final String tokenVariable;
    private final String readyLine;

    GatewayDistribution(String packageSpec, String entryScript, List<String> command, String tokenVariable,
                        String readyLine) {
        this.packageSpec = packageSpec;
        this.entryScript = entryScript;
        this.command = command;
        this.tokenVariable = tokenVariable;
        this.readyLine = readyLine;
    }

    public String packageSpec() {
        return packageSpec;
    }

    String entryScript() {
        return entryScript;
    }

    List<String> command() {
        return command;
    }

    /** The environment variable the gateway reads its token from (checked in each build's sources). */
    String tokenVariable() {
        return tokenVariable;
    }

    /** {@code openclaw}: the config lives in {@code ~/.openclaw/openclaw.json} ({@code clawdbot} likewise). */
    String configDirectory() {
        return packageSpec.substring(0, packageSpec.indexOf('@'));
    }

    /** The release, e.g. {@code 2026.6.5}. */
    public String version() {
        return packageSpec.substring(packageSpec.indexOf('@') + 1);
    }

    /**
     * A log line (colours stripped) that appears once the gateway answers for real. OpenClaw logs "http server
     * listening" first but answers connects with "gateway starting; retry shortly" and APIs with 503 until
     * "[gateway] ready"; Clawdbot answers properly once it logs "listening on ws://".
     */
    String readyLine() {
        return readyLine;
    }
}
