package dev.bulwark.baseline;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One file the host baseline puts on the instance. The install script writes it verbatim, so the path and mode
 * are checked here once instead of being quoted later.
 *
 * @param path    absolute path on the instance
 * @param mode    octal permission bits, e.g. {@code 0644}
 * @param owner   {@code user:group} that owns it; the group must exist before the file is written
 * @param content the exact bytes (UTF-8), ending in a newline
 */
public record BaselineFile(String path, String mode, String owner, String content) {
    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._-]+)+");
    private static final Pattern MODE = Pattern.compile("0[0-7]{3}");
    private static final Pattern OWNER = Pattern.compile("[a-z_][a-z0-9_-]*:[a-z_][a-z0-9_-]*");
    private static final String ROOT = "root:root";

    public BaselineFile {
        Objects.requireNonNull(content, "content");
        if (path == null || !PATH.matcher(path).matches() || path.contains("/../") || path.contains("/./")) {
            throw new IllegalArgumentException("baseline file path '" + path + "' must be absolute and plain");
        }
        if (mode == null || !MODE.matcher(mode).matches()) {
            throw new IllegalArgumentException("baseline file mode '" + mode + "' must be octal like 0644");
        }
        if (owner == null || !OWNER.matcher(owner).matches()) {
            throw new IllegalArgumentException("baseline file owner '" + owner + "' must be user:group");
        }
        if (!content.endsWith("\n")) {
            content = content + "\n";
        }
    }

    /** A file owned by root. */
    public BaselineFile(String path, String mode, String content) {
        this(path, mode, ROOT, content);
    }
}
