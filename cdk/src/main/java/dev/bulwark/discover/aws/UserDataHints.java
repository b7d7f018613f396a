package dev.bulwark.discover.aws;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Gateway hints in an instance's user data (EC2 returns it base64, possibly gzip-compressed as cloud-init allows):
 * a line that installs or starts a brand, names one, or names the gateway port. A hint says the line number and why,
 * never the line itself: user data often carries tokens and passwords, and the report must not.
 */
final class UserDataHints {
    /** Decoded user data read at most (EC2 allows 16 KiB encoded; gzip can expand it). */
    static final int MAX_DECODED_BYTES = 256 * 1024;
    /** At most this many hints per instance; the first few say enough. */
    static final int MAX_HINTS = 5;

    /** A brand as a word of its own; {@code OPENCLAW_GATEWAY_TOKEN} counts, {@code openclawless} does not. */
    private static final Pattern BRAND = Pattern.compile(
            "(?i)(?<![a-z0-9])(openclaw|clawdbot|moltbot)(?![a-z0-9])");
    private static final Pattern INSTALL = Pattern.compile(
            "(?i)\\b(npm|pnpm|yarn|bun|npx|curl|wget|docker|podman|pip|apt-get|apt|snap)\\b");
    private static final Pattern START = Pattern.compile("(?i)\\b(openclaw|clawdbot|moltbot)\\s+(gateway|onboard)\\b");
    private static final Pattern PORT = Pattern.compile("(?<![0-9])" + GatewayHints.GATEWAY_PORT + "(?![0-9])");

    private UserDataHints() {
    }

    /** The hints in base64 {@code userData}; empty when there is none or it cannot be decoded. */
    static List<String> of(String userData) {
        return decode(userData).map(UserDataHints::inText).orElse(List.of());
    }

    static List<String> inText(String text) {
        List<String> hints = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length && hints.size() < MAX_HINTS; i++) {
            String line = lines[i];
            String where = "user data line " + (i + 1);
            Matcher brand = BRAND.matcher(line);
            if (brand.find()) {
                String name = brand.group(1).toLowerCase(Locale.ROOT);
                Matcher start = START.matcher(line);
                Matcher install = INSTALL.matcher(line);
                if (start.find()) {
                    hints.add(where + " starts " + name + " (`" + name + " "
                            + start.group(2).toLowerCase(Locale.ROOT) + "`)");
                } else if (install.find()) {
                    hints.add(where + " installs " + name + " (with " + install.group(1).toLowerCase(Locale.ROOT)
                            + ")");
                } else {
                    hints.add(where + " names " + name);
                }
            } else if (PORT.matcher(line).find()) {
                hints.add(where + " names the gateway port " + GatewayHints.GATEWAY_PORT);
            }
        }
        return hints;
    }

    private static Optional<String> decode(String userData) {
        if (userData == null || userData.isBlank()) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(userData.trim());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length > 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
            try (InputStream gzip = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = gzip.readNBytes(MAX_DECODED_BYTES);
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        int length = Math.min(bytes.length, MAX_DECODED_BYTES);
        return Optional.of(new String(bytes, 0, length, StandardCharsets.UTF_8));
    }
}
