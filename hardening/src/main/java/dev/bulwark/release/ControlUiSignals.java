package dev.bulwark.release;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Control UI page says about the release that built it, readable by anyone who loads the page: the
 * content-hashed asset names it references ({@code assets/index-B6YtUsIL.js}, {@code assets/index-DEPfFcOb.css})
 * and, from 2026.9.x, the build id attribute. The same rules as {@code tests/scripts/fingerprint-table.mjs}, which
 * reads the page of each npm tarball; keep the two in step. A proxy that rewrites only headers leaves both intact.
 *
 * @param assets  asset file names (no directory, no query), sorted
 * @param buildId the {@code data-openclaw-control-ui-build-id} value, when present
 */
public record ControlUiSignals(List<String> assets, Optional<String> buildId) {
    private static final Pattern ASSET = Pattern.compile(
            "(?i)(?:src|href)\\s*=\\s*[\"']([^\"'?#]*?/)?assets/([^\"'?#/]+\\.(?:js|css))(?:[?#][^\"']*)?[\"']");
    private static final Pattern BUILD_ID = Pattern.compile(
            "(?i)data-openclaw-control-ui-build-id\\s*=\\s*[\"']([^\"']+)[\"']");

    public ControlUiSignals {
        assets = List.copyOf(new TreeSet<>(assets));
    }

    public static ControlUiSignals of(String html) {
        TreeSet<String> assets = new TreeSet<>();
        Matcher m = ASSET.matcher(html == null ? "" : html);
        while (m.find()) {
            assets.add(m.group(2));
        }
        Matcher b = BUILD_ID.matcher(html == null ? "" : html);
        return new ControlUiSignals(List.copyOf(assets), b.find() ? Optional.of(b.group(1)) : Optional.empty());
    }

    /** The entry module, {@code index-<hash>.js}: the asset that changes with every build. */
    public Optional<String> entryScript() {
        return assets.stream().filter(a -> a.startsWith("index-") && a.endsWith(".js")).findFirst();
    }

    public boolean isEmpty() {
        return assets.isEmpty() && buildId.isEmpty();
    }
}
