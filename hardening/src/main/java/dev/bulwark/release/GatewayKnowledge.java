package dev.bulwark.release;

import dev.bulwark.advisory.AdvisoryCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What bulwark knows about gateway releases: the advisories and the release-fingerprint table, shipped data with the
 * user's files ({@code --advisories}, {@code --fingerprints}) merged over it in the order given.
 *
 * @param advisories the advisory catalog
 * @param releases   the release-fingerprint table
 */
public record GatewayKnowledge(AdvisoryCatalog advisories, ReleaseTable releases) {

    /** The shipped data. */
    public static GatewayKnowledge bundled() {
        return new GatewayKnowledge(AdvisoryCatalog.bundled(), ReleaseTable.bundled());
    }

    /**
     * The shipped data with OSV files or directories and fingerprint tables merged over it.
     *
     * @throws IllegalArgumentException naming the file, when one is missing or not in the expected format
     */
    public static GatewayKnowledge load(List<Path> osv, List<Path> fingerprintTables) {
        AdvisoryCatalog catalog = AdvisoryCatalog.bundled();
        ReleaseTable table = ReleaseTable.bundled();
        for (Path path : osv) {
            try {
                catalog = catalog.withOsv(existing(path, "--advisories"));
            } catch (IOException | RuntimeException e) {
                throw problem(path, "OSV advisories (a record, an array of records, or a directory of *.json)", e);
            }
        }
        for (Path path : fingerprintTables) {
            try {
                table = table.withTables(existing(path, "--fingerprints"));
            } catch (IOException | RuntimeException e) {
                throw problem(path, "a release-fingerprint table (as tests/scripts/fingerprint-releases.sh writes)",
                        e);
            }
        }
        return new GatewayKnowledge(catalog, table);
    }

    private static Path existing(Path path, String option) {
        if (!Files.exists(path)) {
            throw new IllegalArgumentException(option + " " + path + " does not exist");
        }
        return path;
    }

    private static IllegalArgumentException problem(Path path, String expected, Exception cause) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (cause instanceof IllegalArgumentException && message.contains(path.toString())) {
            return new IllegalArgumentException(message, cause);
        }
        return new IllegalArgumentException("cannot read " + path + " as " + expected + ": "
                + message.lines().findFirst().orElse(""), cause);
    }
}
